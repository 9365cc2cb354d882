/**
 * Chapter 12 UI strings (English, the source of truth). Spanish (strings.es.ts) is typed against
 * this table; strings.test.ts checks keys and placeholders. Paragraphs live in prose.*.tsx.
 */
export const realChainStringsEn = {
  title: 'Real nonces',
  loading: 'Loading the 29,650 real block headers…',
  loadError: 'The real headers could not be loaded ({message}). Reload the page to try again.',
  eras: {
    legend: 'Era (by block height)',
    all: 'All blocks',
    cpu: 'CPU 2009-10 (heights 0-69,999)',
    gpu: 'GPU 2010-12 (70,000-214,999)',
    earlyAsic: 'Early ASIC 2013-15 (215,000-390,999)',
    modernAsic: 'Modern ASIC 2016+ (391,000 and up)',
  },
  range: {
    from: 'From height',
    to: 'to height',
    hint: 'Whole heights from 0 to 900,000; the charts below use this range.',
    error: 'Type two whole heights from 0 to 900,000, the first not above the second.',
    blocks: '{count} blocks in this range',
  },
  scatter: {
    title: 'Winning nonce against block height',
    aria: 'Scatter plot of {count} winning nonces against block height',
    x: 'Block height',
    y: 'Winning nonce (×10⁹)',
    takeaway:
      'Each dot is one real block. Bands and gaps are where miners searched, not where luck hid.',
    columns: ['Era', 'Blocks', 'Heights', 'Smallest nonce', 'Largest nonce'],
  },
  histogram: {
    title: 'Winning nonces in 32 equal ranges of the 2³² space',
    aria: 'Histogram of winning nonces in 32 bins with the uniform line',
    x: 'Nonce (×10⁹)',
    y: 'Blocks',
    bars: 'real winners',
    curve: 'uniform',
    takeaway: 'Chi-square against uniform: χ² = {chi} with {df} degrees of freedom, p = {p}.',
    columns: ['Nonce range from', 'Blocks', 'Uniform expects'],
  },
  bytes: {
    title: 'Byte {byte} of the nonce ({which}): 256 values',
    low: 'least significant',
    high: 'most significant',
    middle: 'middle',
    aria: 'Counts of the 256 values of nonce byte {byte}, with the uniform line',
    x: 'Byte value',
    y: 'Blocks',
    takeaway: 'χ² = {chi}, {df} degrees of freedom, p = {p}.',
    columns: ['Byte value', 'Blocks'],
    tooFew: 'Too few blocks in this range for a test.',
  },
  hashes: {
    heading: 'Check: how far below its target is each real hash?',
    start: 'Hash all {count} headers',
    stop: 'Stop',
    idle: 'Nothing is hashed until you click. The work runs in a background worker.',
    running: 'Hashing: {done} of {total} headers…',
    done: '{count} headers hashed in {seconds} s; {above} above their target.',
    cancelled: 'Stopped.',
    failed: 'Failed: {message}',
    title: 'hash / (target + 1) of every real block, in 20 bins',
    aria: 'Histogram of hash divided by target plus one, with the flat line',
    x: 'hash / (target + 1)',
    y: 'Blocks',
    bars: 'real blocks',
    curve: 'uniform',
    takeaway:
      'χ² = {chi} with {df} degrees of freedom, p = {p}: no sign of winners piling up anywhere.',
    columns: ['Ratio from', 'Blocks', 'Uniform expects'],
  },
  predictor: {
    heading: 'Test it: predict where later winners fall',
    split: 'Train on blocks below height',
    mass: 'Ranges that held this share of training winners',
    seed: 'Seed',
    seedHint: 'The same seed replays the same nonces in the harness.',
    seedError: 'Type a whole number from 0 to 4,294,967,295.',
    newSeed: 'New seed',
    coverageHeading: 'Coverage of held-out real winners',
    trained: 'Trained on {train} winners; {ranges} ranges of 2²⁴ nonces predicted.',
    areaShare: 'Share of the 2³² space predicted',
    coverage: 'Held-out winners inside ({inside} of {heldOut})',
    ci: '95% interval (Clopper-Pearson)',
    pValue: 'p-value (coverage = share)',
    start: 'Run the harness on {jobs} held-out headers',
    stop: 'Stop',
    idle: 'Each arm hashes {budget} nonces on each of {jobs} real held-out headers; a hit is {bits} leading zero bits (p = 1/{odds}).',
    running: 'Hashing: {done} of {total} headers…',
    cancelled: 'Stopped.',
    failed: 'Failed: {message}',
    harnessHeading: 'Hits per hash: predictor against the sequential scan',
    seqHits: 'Sequential scan: hits / hashes',
    armHits: 'Real winners’ ranges: hits / hashes',
    ratio: 'Ratio of hits per hash',
    ratioCi: '95% interval of the ratio',
    verdictOne: 'The interval contains 1: the predictor finds no more winners per hash.',
    verdictNot:
      'The interval misses 1 this time; about 1 run in 20 does by chance. Try another seed.',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { [K in keyof T]: Widen<T[K]> };
export type RealChainStrings = Widen<typeof realChainStringsEn>;
