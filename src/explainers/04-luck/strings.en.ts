/**
 * Chapter 4 UI strings (English, the source of truth). Spanish (strings.es.ts) is typed against
 * this table; strings.test.ts checks keys and placeholders. Paragraphs live in prose.*.tsx.
 */
export const luckStringsEn = {
  title: 'Luck',
  yourBet: 'Your bet: {bet}.',
  controls: {
    bits: 'Difficulty per race (leading zero bits)',
    races: 'Number of races',
    racesError: 'Type a whole number from 1 to 2,000.',
    seed: 'Seed',
    seedHint: 'The same seed replays the same races.',
    seedError: 'Type a whole number from 0 to 4,294,967,295.',
    newSeed: 'New seed',
    run: 'Run {races} races at {bits} bits: about {hashes} hashes',
    runWithTime: 'Run {races} races at {bits} bits: about {hashes} hashes, about {time} here',
    stop: 'Stop',
  },
  status: {
    idle: 'Not started. Nothing runs until you press the button.',
    running: 'Racing: {done} of {total} races finished.',
    paused: 'Paused because this tab is hidden. It goes on when you come back.',
    done: 'Done: {done} races.',
    stopped: 'Stopped after {done} races.',
    error: 'Something went wrong: {message}',
  },
  stats: {
    races: 'Races finished',
    mean: 'Mean tries per race',
    interval: '95 % interval of the mean',
    theory: 'Theory, 1/p = 2^{bits}',
    seedUsed: 'Seed',
    hashesPerSec: 'Hashes per second',
  },
  betMean: {
    question: 'At {bits} bits, what will the average number of tries per race be?',
    options: {
      less: 'Well below {expected}: some races are very lucky',
      near: 'Close to {expected}',
      more: 'Well above {expected}: some races are very unlucky',
    },
  },
  betMemory: {
    question: 'A race has already missed {misses} times. How many more tries does it need?',
    options: {
      fewer: 'Fewer than usual: a hit is due',
      same: 'The same as a fresh race: {expected} on average',
      more: 'More: it is an unlucky race',
    },
  },
  reveal: {
    heading: 'The reveal',
    mean: 'Your {races} races took {mean} tries on average (95 % interval {low} to {high}). Theory says 1/p = {expected}.',
    inside: 'The theory value is inside your interval.',
    outside:
      'The theory value is outside your interval: that happens in 1 run out of 20. Try another seed.',
  },
  charts: {
    histTitle: 'Tries per race: yours against the geometric law',
    histX: 'Tries per race',
    histY: 'Races',
    histBars: 'your races',
    histCurve: 'geometric law',
    histTakeaway:
      'Short races are the most common and long ones trail off, exactly as the geometric law says. {beyond} races went past {max} tries.',
    histTable: { from: 'Tries from', to: 'to', observed: 'Your races', expected: 'Expected' },
    cdfTitle: 'Share of races finished within a number of tries',
    cdfY: 'Share of races',
    cdfMeasured: 'yours',
    cdfTheory: '1 − (1 − p)^k',
    cdfTakeaway: 'About 63 % of races finish within 1/p tries, and about 37 % need more.',
    cdfTable: { tries: 'Tries', share: 'Share of your races finished' },
    meanTitle: 'Running mean of your races',
    meanX: 'Races so far',
    meanY: 'Mean tries',
    meanMeasured: 'running mean',
    meanReference: '1/p = {expected}',
    meanTakeaway: 'The mean wanders early and settles near 1/p as races pile up.',
    meanTable: { races: 'Races', mean: 'Mean tries' },
  },
  memory: {
    heading: 'Does a long dry spell make a hit due?',
    misses: 'Misses already behind',
    missesOption: '{times} × 1/p ({misses} tries)',
    result:
      '{survivors} of your {total} races missed {misses} times. After that they still needed {mean} tries on average (95 % interval {low} to {high}). A fresh race needs 1/p = {expected}.',
    none: 'None of your races got that far. Run more races, or pick fewer misses.',
    needRaces: 'Run the races above first: this uses your data.',
  },
  variance: {
    heading: 'Solo or pool: same income, different ride',
    setup:
      'Simulated from your measured rate, {rate} hashes/s, with seed {seed}: a toy coin whose blocks need {blockBits} bits. Solo, you get 1 coin per block. In a pool you get 1/{ratio} coin per {shareBits}-bit share.',
    needRate: 'Run the races above first: this uses your measured rate.',
    period: 'minute',
    chartTitle: 'Coins per minute over {periods} simulated minutes',
    chartX: 'Minute',
    chartY: 'Coins',
    solo: 'solo',
    pool: 'pool',
    takeaway:
      'Both earn {mean} coins per minute on average. Solo swings with a standard deviation of {soloSd}; the pool only {poolSd}.',
    table: { minute: 'Minute', solo: 'Solo', pool: 'Pool' },
    wait: 'Solo, the first block takes {wait} on average, and {dry} % of minutes bring nothing.',
  },
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language must match. */
export type LuckStrings = Widen<typeof luckStringsEn>;
