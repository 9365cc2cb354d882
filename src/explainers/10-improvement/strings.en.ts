/**
 * Chapter "Proof of Improvement" UI strings (English, the source of truth). Spanish
 * (strings.es.ts) is typed against this table; strings.test.ts checks keys and placeholders.
 * Paragraphs live in prose.*.tsx.
 */
export const improvementStringsEn = {
  title: 'Case study: Proof of Improvement',
  tasks: {
    sumOfSquares: 'Sum of squares',
    eigenvalues: 'Eigenvalues, 100 × 100',
    stringRegex: 'Split and three regexes',
  },
  noise: {
    heading: 'Noise alone: the evaluator with nothing to evaluate',
    seed: 'Seed',
    newSeed: 'New seed',
    seedHint:
      'The seed fixes the matrix and the text the tasks work on. The timings are this device’s and will differ on every run.',
    seedError: 'Type a whole number from 0 to 4,294,967,295.',
    rounds: 'Rounds',
    run: 'Time the same tasks {rounds} times (a few seconds, in a worker)',
    stop: 'Stop',
    status: {
      idle: 'Nothing runs until you press the button.',
      running: 'Timing round {done} of {total}…',
      paused: 'Paused while the tab is hidden.',
      done: 'Done: {rounds} rounds, nothing changed between them.',
      stopped: 'Stopped. Nothing was kept.',
      error: 'Something went wrong: {message}',
    },
    seedUsed: 'Seed used:',
    medians: 'Median times on this device: {list}.',
    mintsSeconds: 'Blocks the design would mint (t in seconds, as designed)',
    mintsMs: 'The same times read in milliseconds',
    firstRound:
      'The first round always mints: the stored scores start at 0.5, so a fast task, scoring near 1, is an “improvement” of nearly 100 % on the first try.',
    afterFirst: 'After the first round: {mints} more “improvements” over 0.1 %, from noise alone.',
    chartTitle: 'Mints per window of rounds, with 95 % intervals',
    chartTakeaway:
      'No model, no change: every mint is noise. The ratchet makes records rarer as the run goes on, so rates are given per window, not as one number.',
    chartX: 'Window (first round)',
    chartY: 'Share of rounds that mint',
    seriesSeconds: 'In seconds (the design)',
    seriesMs: 'In milliseconds',
    windowColumns: [
      'Rounds',
      'Mints (s)',
      'Rate (s), 95 % interval',
      'Mints (ms)',
      'Rate (ms), 95 % interval',
    ],
    lengthHeading: 'The benchmark’s length decides it',
    lengthColumns: [
      'Sum of squares of n numbers',
      'Median time',
      'Mint rate in seconds, 95 % interval',
      'Mint rate in ms, 95 % interval',
    ],
    lengthNote:
      'Rate per round after the first, which only sets the record. In seconds a gain needs about 1 ms of luck; in milliseconds it needs about 0.1 % of the time.',
    synthetic:
      'Add the two terms a browser cannot measure (CPU and memory idleness) as SYNTHETIC input',
    syntheticNote:
      'SYNTHETIC, not measured: seeded random idleness scores in [0.5, 1). With them the seconds run mints {mints} times instead of {without}.',
  },
  chain: {
    heading: 'Their chain, mined live',
    run: 'Mine one block per minted round ({blocks} blocks, from {zeros} hex zeros)',
    needNoise: 'Run the noise test first: its minted records go into the blocks.',
    stop: 'Stop',
    status: {
      idle: 'Nothing is mined until you press the button.',
      running: 'Mining block {done} of {total}…',
      paused: 'Paused while the tab is hidden.',
      done: 'Done: {blocks} blocks, {hashes} hashes in {seconds} s.',
      stopped: 'Stopped. Nothing was kept.',
      error: 'Something went wrong: {message}',
    },
    columns: ['Block', 'Hex zeros', 'Nonce', 'Hash', 'Improvement record'],
    tableCaption: 'The mined chain (hash shown to 16 hex digits)',
    validate: 'Validate the chain as the design does',
    forge: 'Forge block {block}’s record: claim a 70 % improvement',
    tamper: 'Control: change block {block}’s nonce instead',
    valid: 'Accepted: the links, the hex prefix and the merkle roots all check out.',
    invalid: 'Rejected at block {block}: {reason}.',
    reasons: {
      link: 'it does not link to the previous hash',
      prefix: 'its hash lacks the hex prefix',
      merkle: 'its merkle root does not match its transactions',
      hash: 'its stored hash is not the hash of its fields',
    },
    forged:
      'Block {block} now claims {record}. Its hash did not change, because the hash never covered the record.',
    odds: 'At {zeros} hex zeros each try wins with chance 1 in {odds} (16^{zeros} = 2^{bits}).',
  },
  issuance: {
    heading: 'Issuance: the multiplier against the fixed schedule',
    chartTitle: 'Coins issued beyond the fixed schedule, over 840,000 blocks',
    takeaway:
      'Every minted block carries a sum above 0.1 %, so the multiplier is always above 1: the supply can only run ahead of the schedule. A bigger claimed “improvement” is simply more coins.',
    x: 'Block height',
    y: 'Extra coins (millions)',
    fixed: 'Fixed schedule (50, halving every 210,000)',
    measured: 'This run: {pct} %',
    fixedShort: 'Schedule',
    example: 'Design’s example: 9.3 %',
    columns: ['Height', 'Fixed schedule', 'With this run’s mean', 'With 9.3 %'],
    notRun: 'not run yet',
    genesis:
      'Of every reward, 20 % goes to the genesis wallet: {coins} coins at the 9.3 % example after 840,000 blocks.',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Widen<T[K]> };

export type ImprovementStrings = Widen<typeof improvementStringsEn>;
