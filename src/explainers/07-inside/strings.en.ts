/**
 * Chapter 7 UI strings (English, the source of truth). Spanish (strings.es.ts) is typed against
 * this table; strings.test.ts checks keys and placeholders. Paragraphs live in prose.*.tsx.
 */
export const insideStringsEn = {
  title: 'Inside SHA-256: the positive control',
  bet: {
    question:
      'Cut SHA-256d down to R rounds. Up to how many rounds can a learning model still beat chance?',
    options: {
      two: 'Only 1 or 2 rounds',
      four: 'About 4 rounds',
      dozen: 'A dozen rounds or more',
      all: 'Even all 64: a model always finds some pattern',
    },
  },
  controls: {
    seed: 'Seed',
    seedHint: 'The same seed replays the same jobs and nonces.',
    seedError: 'Type a whole number from 0 to 4,294,967,295.',
    newSeed: 'New seed',
    rounds: 'Round counts R to test',
    roundsHint: 'Whole numbers from 1 to 64; ranges like 1-8 are fine.',
    roundsError: 'Type round counts from 1 to 64, such as 1-8, 10, 16, 64.',
    allRounds: 'All 64',
    bits: 'Output bits to predict',
    bitsHint: 'Up to 6 bits from 0 to 255; bit 0 is the first bit the target compares.',
    bitsError: 'Type up to 6 bit numbers from 0 to 255, such as 0, 255.',
    fixed:
      'Per round count: {jobs} fresh jobs; on each, {training} random nonces to learn from, {heldOut} more to test the AUC on, and {budget} nonces the model picks. A hit is a hash with at least {bits} leading zero bits (p = 1/{odds}).',
    run: 'Run the sweep: {rounds} round counts × {jobs} jobs, about {hashes} hashes',
    runWithTime:
      'Run the sweep: {rounds} round counts × {jobs} jobs, about {hashes} hashes, about {time} here',
    stop: 'Stop',
  },
  status: {
    idle: 'Not started. Nothing runs until you press the button.',
    running: 'Running in a worker: {done} of {total} jobs done.',
    paused: 'Paused because this tab is hidden. It goes on when you come back.',
    done: 'Done: {rounds} round counts in {time}.',
    stopped: 'Stopped. The sweep reports when every round count is done; run it again to see it.',
    error: 'Something went wrong: {message}',
  },
  stats: {
    smallest: 'Smallest R in the margin',
    none: 'none',
    best: 'Ratio at R = {rounds}',
    full: 'Ratio at R = 64',
    seedUsed: 'Seed',
    hashes: 'Hashes done',
  },
  reveal: {
    heading: 'The reveal',
    win: 'At R = {rounds} the model found {ratio} times the hits chance gives (95 % interval {low} to {high}, counted by job).',
    noWin: 'No tested round count gave an interval entirely above 1.',
    smallest:
      'The smallest R whose interval lies inside the margin [{marginLow}, {marginHigh}] is R = {rounds}: from there on, the model does as well as chance and no better.',
    noSmallest:
      'No tested round count has its interval inside the margin [{marginLow}, {marginHigh}].',
    outsideAbove:
      '{count} larger round counts fell outside the margin; with this many intervals, one now and then is chance.',
    full: 'At R = 64, the real SHA-256d: ratio {ratio} (95 % interval {low} to {high}).',
  },
  ratioChart: {
    title: 'Hits of the model’s picks against chance, by number of rounds',
    x: 'Rounds R',
    y: 'Hits ÷ (hashes × p)',
    series: 'model',
    chance: 'chance: 1',
    margin: 'margin {low}–{high}',
    closeUp: 'Close-up around 1: the round counts whose interval fits between 0.85 and 1.15',
    takeaway:
      'At R = {win} the model wins {ratio}×. From R = {smallest} on, {inside} of {count} round counts have their interval inside the margin. At R ≤ 3 no hash hits at all.',
    takeawayNoWin: 'The model never beat chance clearly on the round counts tested.',
    table: {
      rounds: 'R',
      hits: 'Hits',
      expected: 'Expected',
      ratio: 'Ratio',
      ci: '95 % interval (by job)',
      ciIndependent: 'If hashes were independent',
      inMargin: 'In margin',
    },
    yes: 'yes',
    no: 'no',
  },
  aucChart: {
    title: 'How well the model tells outputs apart (AUC), by number of rounds',
    x: 'Rounds R',
    y: 'AUC on held-out nonces',
    hit: 'hit or miss',
    bit: 'bit {bit}',
    chance: 'chance: 0.5',
    takeaway:
      'AUC 1 is a perfect ranking, 0.5 a coin toss. At R = {best} the model reaches {auc} for hit or miss; above R = {best}, every AUC lies between {low} and {high}.',
    takeawayPlain: 'AUC 1 is a perfect ranking, 0.5 a coin toss.',
    table: { rounds: 'R', target: 'Predicting', auc: 'AUC', ci: '95 % interval (by job)' },
    undefined: 'not defined: every nonce of a job gives the same output',
  },
  diffusion: {
    heading: 'One flipped bit, round by round',
    nonce: 'Nonce',
    nonceError: 'Type a whole number from 0 to 4,294,967,295.',
    bit: 'Bit of the nonce to flip',
    round: 'Show the state after round',
    header: 'Header: job 1 of seed {seed}. Nonce {nonce} against {flipped}.',
    chartTitle: 'Bits that differ in the working state a…h, after each round',
    x: 'Round (nonce block)',
    y: 'Differing bits (of 256)',
    measured: 'the two states',
    theory: 'two random states: 128',
    takeaway:
      'Rounds 1 to 3 do not read the nonce: 0 bits differ. Round 4 reads it ({atFour} bits differ), and after round {spread} about half of the 256 bits differ, like two unrelated states.',
    table: { round: 'Round', distance: 'Differing bits' },
    gridLabel: '{count} of 256 bits differ after round {round}. × marks a bit that differs.',
    gridCaption: 'After round {round}: {count} of 256 bits differ (× differs, · same).',
    word: 'word {word}',
  },
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language must match. */
export type InsideStrings = Widen<typeof insideStringsEn>;
