/**
 * Chapter 3 UI strings (English, the source of truth). Spanish (strings.es.ts) is typed against
 * this table, so a missing key is a type error; strings.test.ts checks placeholders too.
 * Reader-facing paragraphs live in prose.en.tsx / prose.es.tsx.
 */
export const mineStringsEn = {
  title: 'Mine a block',
  block: {
    heading: 'The block you will mine',
    loading: 'Loading the real headers…',
    loadError: 'The real headers could not be loaded: {message}',
    pick: 'Real block',
    height: 'block {height}',
    prevHash: 'Previous block hash',
    merkleRoot: 'Merkle root',
    time: 'Time',
    bits: 'Target',
    bitsValue: 'replaced by your difficulty: {bits} leading zero bits',
    nonce: 'Nonce',
    nonceValue: 'what the workers search for',
  },
  bet: {
    question: 'At {bits} leading zero bits, how many hashes will this block take?',
    options: {
      few: 'A few thousand',
      expected: 'About {expected}',
      many: 'Far more: billions',
    },
  },
  controls: {
    difficulty: 'Difficulty (leading zero bits)',
    difficultyHint: 'From 8 (instant) to 40 (days on a laptop).',
    difficultyError: 'Type a whole number from 8 to 40.',
    workers: 'Workers',
    workersHint: 'You can change this while it mines.',
    mine: 'Mine at {bits} bits: about {hashes} hashes',
    mineWithTime: 'Mine at {bits} bits: about {hashes} hashes, about {time} here',
    stop: 'Stop',
    clear: 'Clear found blocks',
  },
  stats: {
    hashesPerSec: 'Hashes per second',
    hashesDone: 'Hashes done',
    expected: 'Expected hashes (2^{bits})',
    elapsed: 'Time',
    workersInUse: 'Workers in use',
  },
  progress: {
    label: 'Hashes done against the expected count',
    value: '{percent} % of the expected count',
    beyond:
      'Past 100 %: that is normal. The expected count is an average, not a limit; about 37 % of blocks take longer than it.',
  },
  status: {
    idle: 'Not started. Nothing mines until you press the button.',
    running: 'Mining until a block is found, or until you press Stop.',
    paused: 'Paused because this tab is hidden. It goes on when you come back.',
    stopped: 'Stopped.',
    found: 'Found a block!',
    error: 'Something went wrong: {message}',
  },
  found: {
    block: 'Block',
    heading: 'Blocks you found',
    none: 'None yet.',
    nonce: 'Nonce',
    tries: 'Tries',
    hash: 'Block hash',
    header: 'Header (160 hex digits)',
    bits: 'Difficulty',
    bitsValue: '{bits} bits',
    ratio: '{ratio} × the expected count',
    leadingZeros: 'Leading zero bits: {bits} (zero hex digits: {digits})',
  },
  reveal: {
    heading: 'The reveal',
    result:
      'It took {tries} tries. The expected count at {bits} bits is {expected}: this block took {ratio} times that.',
    interval:
      'For one block, 95 % of races end between {low} and {high} tries (0.025 to 3.7 times the expected count), so a single result says little on its own.',
    betRight: 'Your bet was in the right range.',
    betWrong: 'Your bet was off: the count is set by the difficulty, {expected} on average.',
  },
  ladder: {
    heading: 'From your device to the whole network',
    job: 'Job',
    jobs: {
      share: 'A share at your difficulty ({bits} bits)',
      block2009: 'A block in 2009 (difficulty 1)',
      newest: 'A block at the newest difficulty here (block {height})',
    },
    rows: {
      cpu: 'This device (measured)',
      gpu: 'A gaming GPU',
      asic: 'An ASIC miner',
      network: 'The whole network',
    },
    needRate: 'Mine once above to measure this device; until then its row is missing.',
    xLabel: 'Expected time',
    rate: '{rate} hashes/s',
    chartTitle: 'Expected time: {job}',
    takeaway:
      'This device would need {cpu}; the whole network needs {network}. Only hashes per second move the bars.',
    takeawayNoCpu: 'The whole network needs {network}; an ASIC needs {asic}.',
    table: {
      device: 'Who',
      rate: 'Hashes per second',
      time: 'Expected time',
      source: 'Source',
    },
    marks: { second: '1 s', day: '1 day', year: '1 year', universe: 'age of universe' },
    cpuSource: 'measured live in this page while you mined (the last rate shown above)',
    networkSource:
      'difficulty × 2^32 / 600 s from bits {bits}, the newest header in the bundled data',
    gpuNote:
      'That benchmark counts single SHA-256 hashes; a block header needs two compressions per nonce (double SHA-256 with a precomputed midstate), so the ladder uses half: about 10.8 billion per second.',
    sourcesHeading: 'Where the rates come from',
    networkRate: 'Network rate from the bundled bits {bits} (block {height}): {rate} hashes/s.',
  },
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language must match. */
export type MineStrings = Widen<typeof mineStringsEn>;
