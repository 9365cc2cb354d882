/**
 * Chapter "The self-tuning swarm" UI strings (English, the source of truth). Spanish
 * (strings.es.ts) is typed against this table; strings.test.ts checks keys and placeholders.
 * Paragraphs live in prose.*.tsx.
 */
export const swarmStringsEn = {
  title: 'Case study: the self-tuning swarm',
  bet: {
    question: 'Can a tuner that A/B-tests the miner’s settings make it find more blocks per hour?',
    options: {
      yes: 'Yes, by doing more hashes per second',
      luck: 'Yes, by making each hash luckier',
      no: 'No, mining speed cannot be tuned',
    },
  },
  knobs: {
    batchSize: 'Batch size (nonces per message)',
    dutyCycle: 'Duty cycle (share of time busy)',
    workers: 'Workers',
    maxWorkers: 'Most workers to try',
    sliceMs: 'Slice length',
    start: 'Starting setting',
  },
  knobsShort: {
    batchSize: 'Batch',
    dutyCycle: 'Duty',
    workers: 'Workers',
    confirm: 'Start → final',
  },
  tuner: {
    heading: 'The A/B tuner, on this page’s own miner',
    seed: 'Seed',
    seedHint: 'The seed fixes the order of the arms in each pair and the log’s ids.',
    seedError: 'Type a whole number from 0 to 4,294,967,295.',
    seedHintShared: 'Seed (set above, shared by the whole page):',
    newSeed: 'New seed',
    run: 'Tune from the poor start (about {time}, workers hash all the time)',
    stop: 'Stop',
    poorStart: 'A deliberately poor start: {config}.',
    config: 'batch {batch} · {workers} workers · duty {duty} %',
    configOne: 'batch {batch} · 1 worker · duty {duty} %',
  },
  status: {
    idle: 'Not started. Nothing runs until you press the button.',
    running: 'Running: {slices} slices measured, now testing {knob}.',
    runningWarmup: 'Starting the workers…',
    paused: 'Paused because this tab is hidden. The slice it interrupted will be measured again.',
    done: 'Done: {slices} slices, {tests} A/B tests.',
    stopped: 'Stopped. Nothing was rolled out from an unfinished test.',
    error: 'Something went wrong: {message}',
  },
  tests: {
    caption: 'Every A/B test, in order',
    columns: [
      'Test',
      'Pairs',
      'Ratio B/A of hashes/s',
      'Interval',
      'Difference (hashes/s)',
      'Decision',
    ],
    step: '{knob}: {from} → {to}',
    confirm: 'Confirmation: start → final',
    verdict: {
      challenger: 'B is faster: rolled out',
      incumbent: 'A is faster: kept',
      equivalent: 'No difference worth having: kept',
      undecided: 'Not clear after 16 pairs: kept',
      confirmed: 'Measured again on fresh slices',
    },
  },
  result: {
    heading: 'The reveal',
    before: 'Before (start)',
    after: 'After (final)',
    ratio: 'After ÷ before',
    final: 'Rolled-out setting',
    seedUsed: 'Seed',
    summary:
      'On fresh, interleaved slices the final setting did {ratio} times the hashes per second of the start (95 % interval {low} to {high}): {before} → {after} hashes per second.',
    noGain: 'No step won its A/B test, so the start was kept.',
    chartTitle: 'Each A/B test: ratio of hashes per second, challenger over incumbent',
    chartLabel: 'ratio of hashes/s',
    one: 'no change',
    excludes: 'clear',
    takeaway:
      'Steps whose interval lies right of 1 were rolled out. Hashes per second really can be tuned.',
    unit: 'hashes/s',
  },
  log: {
    heading: 'The neuro-log',
    intro:
      'Every slice and decision as an event in the design’s format. Showing the last {count} of {total}.',
    empty: 'No events yet.',
    export: 'Export all events as JSON',
    nullsHeading: 'Why some fields are null',
    cpuTemp: 'cpu_temp_c: a web page cannot read the processor’s temperature.',
    ram: 'ram_usage_mb: a page cannot see the machine’s memory use.',
    latency: 'network_latency_ms: this miner sends nothing over a network.',
    cycles:
      'avg_cycles_per_op: browsers expose no cycle counter (and coarsen timers on purpose); “measured” gives nanoseconds per hash instead.',
    outcome:
      'outcome_metric is defined here as the event’s hashes per second divided by the fastest slice so far.',
  },
  strategies: {
    heading: 'The same A/B test on nonce strategies',
    challenger: 'Challenger strategy',
    run: 'A/B-test it against the counter: {jobs} jobs × {budget} hashes per arm',
    stop: 'Stop',
    status: {
      idle: 'Not started.',
      running: 'Hashing in a worker: {done} of {total} jobs.',
      paused: 'Paused because this tab is hidden.',
      done: 'Done.',
      stopped: 'Stopped.',
      error: 'Something went wrong: {message}',
    },
    names: {
      random: 'Random nonces',
      even: 'Even nonces only',
      primes: 'Prime nonces',
      small: 'Small nonces first',
      nearLastWinner: 'Near the last winner',
    },
    result:
      'Hits: {hitsB} for “{name}”, {hitsA} for the counter, in {hashes} hashes each. Ratio of hits per hash {ratio} (95 % interval {low} to {high}).',
    noRollout: 'The interval contains 1: nothing to roll out. Hits per hash do not move.',
    rollout: 'The interval lies above 1. That would be a discovery; run it again with a new seed.',
    chartTitle: 'Hits per hash, challenger over the counter',
    chartLabel: 'ratio of hits per hash',
    takeaway:
      'The same test that found real gains in hashes per second finds none in luck per hash.',
    tableColumns: ['Arm', 'Ratio', 'Interval'],
  },
  keys: {
    heading: 'Key search: the odds as arithmetic',
    bits: 'Toy key space',
    bitsOption: '{bits} bits ({keys} keys)',
    run: 'Find the seeded toy key by trying every key',
    stop: 'Stop',
    status: {
      idle: 'Not started.',
      running: 'Searching in a worker: {done} of {total} keys tried.',
      paused: 'Paused because this tab is hidden.',
      done: 'Found.',
      stopped: 'Stopped.',
      error: 'Something went wrong: {message}',
    },
    found:
      'Found key {key} after {tries} tries in {seconds} s ({rate} keys per second; a blind search needs {expected} on average).',
    rate: 'Keys per second',
    years: 'Years of search',
    targets: 'Target addresses',
    expected: 'Expected hits in a 2^160 address space',
    formula: '{rate} × {seconds} s × {targets} ÷ 2^160 = {hits}',
    never:
      'This page never touches real addresses or real keys. The toy space is 20 to 28 bits; a real address is 160.',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Widen<T[K]> };

export type SwarmStrings = Widen<typeof swarmStringsEn>;
