/**
 * Chapter 6 UI strings (English, the source of truth). Spanish (strings.es.ts) is typed against
 * this table; strings.test.ts checks keys and placeholders. Paragraphs live in prose.*.tsx.
 */
export const predictorStringsEn = {
  title: 'Bring your own predictor',
  bet: {
    question: 'Will your predictor find more hits per hash than a plain counter?',
    options: {
      better: 'Yes, clearly more',
      same: 'About the same',
      worse: 'Fewer',
    },
  },
  editor: {
    example: 'Start from an example',
    exampleHint: 'Choosing an example replaces the code in the editor.',
    groupHonest: 'Predictors',
    groupHostile: 'Hostile or broken demos (they must fail safely)',
    code: 'Your predictor (JavaScript)',
    codeHint:
      'Define score(nonce, header), which returns a number (the highest scores get hashed), or propose(header, budget), which returns an array of at most budget nonces. header is the 80-byte job as a Uint8Array. Math.random is seeded from the seed below.',
    count: '{count} of {limit} characters',
    keys: 'Tab types two spaces; press Escape first to move on with Tab.',
  },
  controls: {
    bits: 'Difficulty (leading zero bits)',
    jobs: 'Fresh jobs',
    jobsError: 'Type a whole number from 1 to 256.',
    budget: 'Hashes per job',
    seed: 'Seed',
    seedHint: 'The same seed and the same code replay the same run.',
    seedError: 'Type a whole number from 0 to 4,294,967,295.',
    newSeed: 'New seed',
    run: 'Run your code on {jobs} fresh jobs, then hash {hashes} of its nonces (and as many for the counter)',
    stop: 'Stop',
    limits: 'Your code gets {seconds} s in total and {memory} MB of memory; no network, no page.',
  },
  status: {
    idle: 'Not started. Nothing runs until you press the button.',
    sandbox: 'Running your code in the sandbox: {done} of {total} jobs.',
    hashing: 'Hashing in a separate, clean worker: {done} of {total} jobs.',
    paused: 'Paused because this tab is hidden. It goes on when you come back.',
    done: 'Done: {jobs} jobs, {hashes} hashes for your predictor.',
    stopped: 'Stopped. Nothing was scored.',
    failed: 'Your code did not give a usable answer. Nothing was scored.',
    error: 'Something went wrong while hashing: {message}',
  },
  failure: {
    heading: 'What went wrong',
    footer: 'The page keeps working: change the code and run it again.',
    empty: 'There is no code to run. Define score(nonce, header) or propose(header, budget).',
    tooLong: 'Your code is {length} characters long; the limit is {limit}. Please shorten it.',
    forbiddenText:
      'Your code contains “{text}”, which could load code from elsewhere, so it is refused before it runs (even inside a comment or a string).',
    syntax: 'Your code does not parse: {detail}',
    evalBlocked:
      'This web host forbids running code typed into the page (its Content-Security-Policy header blocks it in workers), so your predictor cannot run here.',
    noFunction: 'No function named score or propose was found. Define one of them.',
    twoFunctions: 'Your code defines both score and propose. Keep only one.',
    threwLoading: 'Your code threw an error while loading: {detail}',
    threwJob: 'Your code threw an error on job {job}: {detail}',
    memory:
      'Stopped: your code asked for {size} of memory ({api}). The sandbox allows {budget} in total.',
    network:
      'Stopped: your code tried to use {api}. There is no network in the sandbox: a predictor gets only the header.',
    code: 'Stopped: your code tried to run code made from a string ({api}). That is switched off in the sandbox.',
    api: 'Stopped: {api} is not available in the sandbox. Plain JavaScript is: Math, arrays, typed arrays, Map, Set…',
    wrongTypeScore: 'score must return a finite number, but on job {job} it returned {got}.',
    wrongTypePropose: 'propose must return an array of nonces, but on job {job} it returned {got}.',
    tooMany: 'propose returned {length} nonces on job {job}, but the budget is {budget}.',
    badNonce:
      'A nonce is a whole number from 0 to 4,294,967,295, but on job {job} propose returned {value} ({got}).',
    timeout:
      'Stopped after {seconds} s: your code ran too long (an endless loop?). The sandbox was shut down.',
    crashed: 'The sandbox stopped unexpectedly: {detail}',
    garbled: 'The sandbox sent back something that is not a valid answer, so it was thrown away.',
  },
  kinds: {
    undefined: 'undefined (nothing)',
    null: 'null',
    boolean: 'true or false',
    string: 'a string',
    bigint: 'a BigInt',
    symbol: 'a symbol',
    function: 'a function',
    promise: 'a Promise (async functions are not supported)',
    array: 'an array',
    object: 'an object that is not an array',
    nan: 'NaN',
    infinity: 'Infinity',
    fraction: 'a number with a fraction',
    negative: 'a negative number',
    tooLarge: 'a number above 4,294,967,295',
    number: 'a number',
  },
  stats: {
    yourHits: 'Your predictor’s hits',
    counterHits: 'The counter’s hits (same hashes)',
    perHash: 'Your hits per hash',
    perHashValue: '1 in {n}',
    ratio: 'Ratio to the counter (95 % interval)',
    pValue: 'p-value (ratio = 1)',
    ownWork: 'Your code’s own work',
    ownWorkValue: '{ms} ms',
    seedUsed: 'Seed',
  },
  reveal: {
    heading: 'The reveal',
    summary:
      'Your predictor found {hits} hits in {hashes} hashes; the counter found {counterHits} in as many. Ratio {ratio}, 95 % interval {low} to {high}, p = {p}.',
    noEvidence:
      'No evidence of an advantage: the interval contains 1. A small real edge could hide inside it; a large one would have shown.',
    better:
      'Above the counter this time: the whole interval lies above 1. A predictor with no edge does this in about 1 run in 40 by chance, so run it again with a new seed before believing it.',
    worse:
      'Fewer hits than the counter: the whole interval lies below 1. That is chance (about 1 run in 40) or wasted hashes, such as proposing the same nonce twice. Either way, no advantage.',
    noHits:
      'No hits at all on either side, so there is nothing to compare. Lower the difficulty or hash more per job.',
    work: 'Your code took {ms} ms. In that time this device hashes about {hashes} nonces. Counting that work, your hits per unit of work are {work} times the counter’s.',
  },
  chart: {
    title: 'Hits on each job: your predictor and the counter',
    x: 'Job',
    y: 'Hits',
    bars: 'your predictor',
    curve: 'counter',
    takeaway:
      'Both wander from job to job around the expected {expected} hits per job: that scatter is luck. In total, {yours} for your predictor and {counter} for the counter.',
    table: { job: 'Job', yours: 'Your hits', counter: 'Counter’s hits', proposed: 'Nonces hashed' },
    aria: 'Bars of your hits per job with a line of the counter’s hits per job.',
  },
  examples: {
    smallNonces: 'Prefer small nonces (score)',
    randomLooking: 'Prefer nonces whose bytes look random (score)',
    copyHeader: 'Copy the header’s bytes into the nonce (propose)',
    counter: 'The plain counter itself (propose)',
    loopForever: 'Hostile: loops forever',
    allocate: 'Hostile: allocates 1 GB',
    tryFetch: 'Hostile: tries fetch to get answers',
    throws: 'Broken: throws an error',
    wrongType: 'Broken: returns the wrong type',
  },
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language must match. */
export type PredictorStrings = Widen<typeof predictorStringsEn>;
