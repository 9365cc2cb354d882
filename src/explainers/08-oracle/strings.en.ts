/**
 * Chapter "The nonce oracle" UI strings (English, the source of truth). Spanish (strings.es.ts)
 * is typed against this table; strings.test.ts checks keys and placeholders. Paragraphs live in
 * prose.*.tsx.
 */
export const oracleStringsEn = {
  title: 'The nonce oracle',
  claims: {
    heading: 'The claims, as posted',
    intro: 'A publicly posted design for mining Monero (XMR) says that its system:',
    items: [
      'uses machine learning to “predict effective nonces”',
      'runs “six validation techniques in cascade” to filter out “invalid” nonces before they are sent',
      'retrains its models daily “with real data”',
      'shows a dashboard with a precision of 92%, 87% and 85%, and an “87% hit rate”',
    ],
    note: 'These are claims. Below, each one is re-implemented from what the design computes and tested live.',
  },
  controls: {
    seed: 'Seed',
    seedHint: 'The same seed replays the same jobs, nonces and models.',
    seedError: 'Type a whole number from 0 to 4,294,967,295.',
    newSeed: 'New seed',
    run: 'Run the seven tests (about {hashes} hashes and 140 small model fits, roughly 15 to 40 s)',
    stop: 'Stop',
  },
  status: {
    idle: 'Nothing has run yet. Nothing runs until you press the button.',
    running: 'Running: step {done} of {total} ({phase}).',
    paused: 'Paused while this tab is hidden (step {done} of {total}).',
    done: 'Done in {time}, seed {seed}.',
    stopped: 'Stopped. Nothing is shown from an unfinished run.',
    error: 'The run failed: {message}',
  },
  phases: {
    filters: 'scoring random nonces with the filters',
    sweep: 'lowering the threshold',
    predictor: 'the forest on held-out jobs',
    rangeBandit: 'the range bandit',
    softmaxBins: 'the softmax bins',
    retrainingLoop: 'the retraining loop',
    positiveControl: 'the positive control',
  },
  filters: {
    heading: '1. The six-filter cascade',
    original: 'Original score: share of random nonces that pass 0.75',
    best: 'Best original score of {count} random nonces',
    rewrite: 'Rewrite: share that pass (default reading)',
    rewriteBest: 'Best rewrite score',
    ethical: '“Ethical” filter: share that pass',
    chartTitle: 'Original filter score of {count} random 32-bit nonces',
    xLabel: 'score (threshold 0.75)',
    yLabel: 'nonces',
    barsLabel: 'measured',
    thresholdMarker: 'pass line 0.75',
    takeaway:
      'Every bar ends left of 0.75: the best of {count} nonces scored {best}. The filter lets nothing through.',
    readingsTitle: 'The rewrite under each reading of its open terms',
    readingColumns: ['bit entropy read as', 'pattern read as', 'pass', 'best score'],
    readingNames: {
      byte: 'entropy of the 4 byte values',
      bit: 'entropy of the 32 bits',
      balance: '|transitions / 31 − 0.5| × 2',
      transitions: 'transitions / 31',
    },
    readingsTakeaway: 'Whichever reading you pick, nothing passes.',
  },
  sweep: {
    heading: '2. Lower the threshold until something passes',
    chartTitle: 'Hits per hash of the nonces that pass, against the plain counter',
    xLabel: 'hits per hash ÷ counter’s hits per hash (log scale)',
    oneLabel: 'same as the counter',
    excludesLabel: 'differs',
    row: '≥ {threshold}',
    takeaway: 'Every interval contains 1: passing the filter does not change the odds of a hash.',
    speedTitle: 'Effective hashes per second once the filter’s own cost is paid (this device)',
    speedColumns: ['threshold', 'passes', 'effective hashes/s'],
    plain: 'no filter',
    speedTakeaway:
      'This device: {hashes} hashes/s without a filter, {scores} filter scores/s. A stricter filter only means fewer hashes per second.',
  },
  predictor: {
    heading: '3. The forest, trained honestly',
    ratio: 'Top-300 picks, hits per hash ÷ counter’s (95% CI)',
    auc: 'AUC on held-out jobs (95% CI; 0.5 = chance)',
    vectors: 'Distinct feature vectors among 0..9999',
    hits: 'Hits: forest {hits}, counter {sequential}, in {hashes} hashes each',
    chartTitle: 'The forest and the alternation against the counter',
    rowForest: 'forest',
    rowAlternation: 'A/B test',
  },
  leakage: {
    heading: '4. How “92%” gets printed',
    fake: 'Fake labels (row index even), scored on its own training rows',
    memorised: 'A memorising model, scored on its own training rows',
    heldOut: 'The same memorising model, on rows it has not seen',
    honest: 'Real labels, held-out jobs: AUC',
    chartTitle: 'Printed “precision” by how it was measured',
    columns: ['measured on', 'precision'],
    takeaway:
      'Only scoring a model on the rows it memorised prints a number near 100%. On data it has not seen, it is a coin toss.',
  },
  generators: {
    heading: '5. Bandits, adaptive bins and the retraining loop',
    chartTitle: 'The other generators against the counter, same jobs and budget',
    rows: {
      rangeBandit: 'range bandit',
      softmaxBins: 'softmax bins',
      retrainingLoop: 'retraining loop',
    },
    curveTitle: 'The retraining loop over time: hits per hash per block of {jobs} jobs',
    curveX: 'samples learnt from (thousands)',
    curveY: 'hits per 1,000 hashes',
    curveBars: 'measured, with 95% interval',
    curveLine: 'p, any nonce',
    curveTakeaway:
      'Flat: after {samples} labelled samples it hits no more often than at the start.',
    curveColumns: ['samples before the block', 'hits', 'hashes', 'hits per hash', '95% CI'],
  },
  control: {
    heading: '6. The positive control: the same forest where there is something to learn',
    ratio: 'Hits ÷ expected, SHA-256d cut to 4 rounds (95% CI)',
    hits: '{hits} hits where chance gives {expected}',
    chartTitle: 'The same forest against the full and the weakened hash',
    rowFull: 'full hash',
    hitsLabel: 'Forest hits, SHA-256d cut to 4 rounds',
    rowWeak: 'cut to 4 rounds',
    takeaway:
      'Against the weakened hash the same forest wins clearly; against the real one it finds nothing.',
  },
  common: {
    noGain: 'Every interval contains 1: no measurable gain over the plain counter.',
    miss: 'An interval misses 1. At the 95% level about 1 test in 20 does so by chance: run it again with another seed.',
    ratioAxis: 'ratio',
    oneLabel: 'no gain',
    excludesLabel: 'real difference',
    ci: '[{low}, {high}]',
    none: 'none passed',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { readonly [K in keyof T]: Widen<T[K]> };

export type OracleStrings = Widen<typeof oracleStringsEn>;
