/**
 * Chapter 16 UI strings (English, the source of truth). Spanish (strings.es.ts) is typed against
 * this table; strings.test.ts checks keys and placeholders. Paragraphs live in prose.*.tsx.
 */
export const attackStringsEn = {
  title: 'The majority attack',
  controls: {
    heading: 'The attacker and the merchant',
    q: 'Attacker’s share of the hash rate, q (0 to 1)',
    qError: 'Type a decimal from 0 to 1, such as 0.1 or 0.3.',
    z: 'Confirmations the merchant waits for, z',
    zError: 'Type a whole number from 0 to 1,000.',
    zHint: 'At one block about every 10 minutes, z = {z} is about {minutes} minutes.',
  },
  reveal: {
    paper: 'Paper’s formula (Poisson)',
    exact: 'Exact (negative binomial)',
    ratio: 'Paper ÷ exact',
    difference: 'Paper − exact',
    summary:
      'With q = {q} and z = {z}, the attacker catches up with probability {exact}. The paper’s formula says {paper}: {direction}.',
    understates: 'it understates the risk by a factor of {factor}',
    overstates: 'it overstates the risk by a factor of {factor}',
    agrees: 'the two agree to four digits',
    certain: 'With q ≥ 0.5 the attacker wins sooner or later whatever z is: both say 1.',
  },
  chart: {
    title: 'Attacker’s chance over z, for q = {q}',
    xLabel: 'confirmations z',
    yLabel: 'probability (log scale)',
    aria: 'Probability that the attacker catches up, against z, on a log scale: exact and paper.',
    exact: 'exact',
    paper: 'paper',
    takeaway:
      'Each confirmation divides the attacker’s chance by a roughly constant factor; at z = {z} the paper’s value is {ratio} times the exact one.',
    takeawayCertain: 'For q ≥ 0.5 both lines stay at 1: waiting does not help.',
    columns: {
      z: 'z',
      paper: 'paper (Poisson)',
      exact: 'exact (negative binomial)',
      ratio: 'paper ÷ exact',
    },
  },
  sim: {
    heading: 'Race it yourself',
    intro:
      'Each race draws blocks one by one: the attacker’s with probability q. The seed fixes every draw.',
    races: 'Races',
    racesOption: '{races} races',
    seed: 'Seed',
    seedHint: 'The same seed replays the same races.',
    seedError: 'Type a whole number from 0 to 4,294,967,295.',
    newSeed: 'New seed',
    run: 'Run {races} races',
    stop: 'Stop',
    halfRefused:
      'At exactly q = 0.5 a race can go on for ever (its mean length is infinite), so it is not simulated. The answer is 1.',
    status: {
      idle: 'Not started. Nothing runs until you press the button.',
      running: 'Racing: {done} of {total} races finished.',
      paused: 'Paused because this tab is hidden. It goes on when you come back.',
      done: 'Done: {races} races with seed {seed}.',
      stopped: 'Stopped. Press the button to run again.',
      error: 'Something went wrong: {message}',
    },
    wins: 'Races the attacker won',
    estimate: 'Share won',
    ci: '95% interval (Clopper-Pearson)',
    seedUsed: 'Seed used',
    containsExact: 'The interval contains the exact value {exact}.',
    missesExact:
      'The interval misses the exact value {exact}. That happens in about 1 run in 20 by chance; try another seed.',
    containsPaper:
      'It also contains the paper’s {paper}: more races are needed to tell them apart.',
    missesPaper: 'It excludes the paper’s {paper}: your races tell the two formulas apart.',
    giveUp:
      'A race is counted as lost once the attacker is {deficit} blocks behind, where his chance to come back is below one in a million million.',
  },
  deeper: {
    tableTitle: 'How many confirmations keep the risk under 0.1%?',
    q: 'q',
    paperZ: 'z by the paper',
    exactZ: 'z, exact',
    tableTakeaway:
      'Computed here: the paper’s column matches its published table; the exact one asks for more.',
  },
};

export type AttackStrings = typeof attackStringsEn;
