/**
 * "The geometric miner" strings and paragraphs (English, the source of truth). Spanish
 * (strings.es.ts) is typed against this table; strings.test.ts checks keys and placeholders.
 */
export const geometricStringsEn = {
  title: 'The geometric miner',
  lede: 'A publicly posted design promises to mine Bitcoin with far fewer hashes: it computes seven “geometric dimensions” of each block header, skips the nonces that look wrong, and hashes only the rest. Here is what it claims, and then each claim tested live on the 29,650 real block headers bundled with this site.',
  claimsHeading: 'What the design claims',
  claims: [
    '“100 TH/s geometric evals vs 1 TH/s hashes”, “10x energy” efficiency',
    '“27.37x reduction with 100% coverage” from a nonce restrictor',
    '“91% recall, 100% rejection” for its geometric filter',
    '“99% pruning” of the nonce space',
  ],
  claimNote:
    'These are the design’s words, quoted as claims. Nothing below assumes they are true or false: each section runs the design’s own method and measures it.',
  rule: 'The rule behind every test: for SHA-256d, each hash meets the target with the same chance p, whatever the nonce. Skipping a nonce helps only if skipped nonces win less often than kept ones.',
  seedLabel: 'Seed',
  seedHint:
    'The same seed gives the same numbers here and in the command line: npx nonce-sense experiment geometric --seed {seed} --json',
  run: 'Run',
  stop: 'Stop',
  progress: 'Working: {done} of {total}',
  paused: 'Paused while this tab is hidden.',
  failed: 'The run failed: {message}',
  loadingData: 'Loading the real headers (about 2.5 MB)…',
  dataError: 'The real headers could not be loaded: {message}',
  dims: [
    'D1 nibble entropy',
    'D2 multi-level entropy',
    'D3 spread',
    'D4 spectral',
    'D5 changes',
    'D6 phase angle',
    'D7 nibble sum',
  ],
  sweep: {
    heading: '1. Seven dimensions as the nonce changes',
    intro:
      'The dimensions are statistics of the header’s bytes, not of its hash. The nonce is 4 of the 80 bytes (8 of 256 nibbles), so changing it can barely move them. Pick a real header and sweep 4,096 seeded nonces.',
    headerLabel: 'Real header',
    genesis: 'Block 0 (genesis)',
    latest: 'The newest bundled block',
    runLabel: 'Sweep 4,096 nonces (about 1 s)',
    chartLabel:
      'Seven dimensions of block {height} over 4,096 nonces, each on a 0 to 1 scale, with the target value marked',
    tableDim: 'Dimension',
    tableMin: 'Lowest',
    tableMax: 'Highest',
    tableTarget: 'Solver target',
    takeaway:
      'D1 stays between {min} and {max} for every nonce tried; the pre-filter wants 0.10 to 0.30. Correlation of D6 with the hash’s leading zero bits: {corr}.',
    target: 'target',
  },
  prefilter: {
    heading: '2. The pre-filter on every real block',
    intro:
      'The pre-filter hashes a nonce only if D1 is in [0.10, 0.30] and D6 in [0.7, 1]. Every bundled block’s real winning header is a nonce that did win. How many would the pre-filter have let through?',
    runLabel: 'Test all 29,650 real winners (about 2 s)',
    reading: 'Reading',
    passed: 'Pass',
    d1Inside: 'D1 inside',
    d1Range: 'D1 range',
    takeaway:
      'It would have thrown away {pct} of the real blocks under every reading: D1 alone rejects them all.',
    readingNames: {
      'high-first/plus-pi': 'high nibble first, D6 = (angle + π) / 2π',
      'high-first/mod-one': 'high nibble first, D6 = angle / 2π mod 1',
      'low-first/plus-pi': 'low nibble first, D6 = (angle + π) / 2π',
      'low-first/mod-one': 'low nibble first, D6 = angle / 2π mod 1',
    },
  },
  coverage: {
    heading: '3. Restrictor and constraints: what they keep, what they miss',
    intro:
      'The restrictor keeps nonces whose 4 bytes fall in percentile ranges of 100 real winning nonces; the “algebraic constraints” add conditions as difficulty rises. A filter that hashes a share s of the nonces saves (1 − s) of the work, and misses every real block whose nonce it skips.',
    runLabel: 'Measure on the real winning nonces',
    filter: 'Filter',
    claimed: 'Claimed reduction',
    kept: 'Share of nonces kept',
    covered: 'Real blocks covered',
    missed: 'Real blocks missed',
    conservative: 'Restrictor P05–P95',
    aggressive: 'Restrictor P25–P75',
    level: 'Constraints, level {level}',
    inSample:
      'On its own 100 training nonces the P25–P75 restrictor covers {covered} of 100, not 100%.',
    takeaway:
      'Every filter misses most of the real blocks it was meant to speed up. Real nonces are not uniform (miners searched some ranges more than others), so coverage can exceed the share kept; that tells where miners looked, not where winners are, and the harness in section 5 shows the chance per hash is unchanged.',
  },
  confound: {
    heading: '4. The “91% recall, 100% rejection” test',
    intro:
      'The design’s test set gave its “winning” headers an all-zero merkle root and small nonces, and its “random” headers a random root. Reproduced here on real headers, then fixed: the same real header with its real winning nonce against the same header with a random nonce.',
    runLabel: 'Run both tests (1,000 headers per set)',
    set: 'Test set',
    unmatched: 'Unmatched (as in the design)',
    matched: 'Matched (same headers)',
    recall: 'Recall',
    rejection: 'Rejection',
    auc: 'AUC (0.5 = chance)',
    takeaway:
      'Unmatched sets look impressive because the filter detects zero bytes, not winners. With matched templates the same filter is at chance: AUC {auc}.',
  },
  solver: {
    heading: '5. The inverse solver',
    intro:
      'The solver nudges the nonce by finite differences (step 100, learning rate 1,000, 5,000 iterations) toward the published 7-D target, and stops when the weighted distance falls below 0.01. Then its proposals, and the two filters, are hashed against the plain counter on 32 real headers.',
    runLabel: 'Run the solver and the harness (about 10 s)',
    height: 'Block',
    best: 'Best distance',
    floor: 'From D1, D5, D7 alone',
    iterations: 'Iterations',
    arm: 'Nonces hashed',
    hits: 'Hits',
    ratio: 'Hits per hash vs counter (95% interval)',
    arms: {
      inverseSolver: 'Inverse solver’s proposals',
      constraintsLevel2: 'Constraints level 2',
      aggressiveRestrictor: 'Restrictor P25–P75',
    },
    takeaway:
      'It stalls at a distance of {best} (goal below 0.01): D1, D5 and D7, which have no open detail, already keep it above {floor}. Its nonces hit at the counter’s rate: ratio {ratio} {ci}.',
    targetNote:
      '{hits} hits per arm on average at {zeroBits} leading zero bits. About 1 interval in 20 misses 1 by chance.',
  },
  composition: {
    heading: '6. Block composition',
    intro:
      'Choosing which transactions go into a block changes its merkle root, so the header, so every hash: a fresh lottery. The design picks transactions for a “geometrically favourable” block. Here a seeded mempool of 400 transactions, 96 templates per method, mined at 10 leading zero bits (mean 1,024 attempts).',
    runLabel: 'Compose and mine 192 templates (about 5 s)',
    reroll:
      'Swapping one transaction: {a} and {b} hits in 65,536 nonces, {shared} shared (chance: {expected}).',
    method: 'Method',
    attempts: 'Mean attempts to a block (95% interval)',
    fees: 'Mean fees (sat)',
    feeKnapsack: 'Fee-rate knapsack',
    geometricComposer: 'Closest to the 7-D target',
    takeaway:
      'What composition really changes is revenue: the fee-rate knapsack earns {ratio}× the fees of the “geometric” choice. That part is genuinely useful.',
    fitTitle: 'Attempts to the first hit, each template: measured against the geometric law',
    fitTheory: 'geometric, mean {expected}',
    fitX: 'Attempts (nonces hashed)',
    fitY: 'Share of templates done',
    fitBins: 'Bins',
    fitObserved: 'Templates per bin',
    fitExpected: 'Expected per bin',
    fitP: 'Chi-square p',
    fitConsistent:
      'Both methods fit the geometric law with mean {expected} (chi-square p = {pA} and {pB}), and both mean intervals contain {expected}: the choice of transactions does not change the odds.',
    fitInconsistent:
      'This run does not fit the geometric law cleanly (chi-square p = {pA} and {pB}, or a mean interval misses {expected}); with 96 templates that happens now and then by chance. Try another seed.',
  },
  energy: {
    heading: '7. The energy claim as a calculator',
    intro:
      'Only hashed nonces can win, each with chance p. A miner that still hashes H′ per second finds blocks at the rate H′p, whatever it skipped.',
    baselineRate: 'Plain miner, TH/s',
    baselineWatts: 'Plain miner, watts',
    hashedRate: 'Filtered miner, TH/s actually hashed',
    systemWatts: 'Filtered miner, watts',
    result:
      'Blocks: {blocks} of the plain miner’s, for {power} of its power: {perJoule}× the blocks per joule.',
    invalid: 'Enter positive numbers.',
  },
  deeperSummary: 'Go deeper: readings, methods and the exact numbers',
  deeper: [
    'Dimensions: the header is padded with zeros to 128 bytes (256 nibbles), each nibble n at position p becomes (n + p²) mod 16. Where the description is open, this page reads D2 as levels of 128, 64 and 32 nibbles, D4 as the entropy of the 256-bin magnitude spectrum over 8 bits, D6 as (angle + π) / 2π, nibbles high first; the alternatives are computed too and change nothing: D1 (only the nibble order is open) rejects every real header.',
    'Solver distance: the square root of the weighted sum of squared gaps, weights [.15, .15, .05, .05, .10, .40, .10], target [.168, .162, .966, .188, .065, .938, .058]. Harness: real SHA-256d on real headers (the nonce field is ignored), 512 nonces per arm per job, exact conditional interval of the rate ratio.',
    'Constraints: the design multiplies one factor per constraint as if independent; the share kept is counted exactly. Restrictor: linear-interpolation percentiles of each byte, little-endian as in the header, ranges [floor(low), ceil(high)].',
    'Confound: the detector flags a header when its distance to the 7-D target is below a threshold tuned on the unmatched sets (largest recall + rejection); the same threshold is then used on the matched sets. AUC interval by Hanley and McNeil.',
  ],
};

export type GeometricStrings = typeof geometricStringsEn;
