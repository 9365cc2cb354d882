/**
 * Chapter 13 UI strings (English, the source of truth). Spanish (strings.es.ts) is typed against
 * this table; strings.test.ts checks keys and placeholders. Paragraphs live in prose.*.tsx.
 */
export const sha256StringsEn = {
  title: 'SHA-256 step by step',
  input: {
    heading: 'Your input',
    source: 'What to hash',
    text: 'My own text (UTF-8)',
    genesis: 'The Bitcoin genesis block header (80 bytes)',
    textLabel: 'Text to hash',
    size: '{bytes} bytes; padded: {blocks} × 64 bytes.',
    tooLong:
      'That is {bytes} bytes. Step by step shows at most {max} bytes (16 blocks): shorten the text.',
    genesisNote:
      'Block 0 of Bitcoin, 3 January 2009. Its 80 bytes need two blocks; the second holds the time, the bits and the nonce, which sits in W[3].',
  },
  padding: {
    heading: 'Padding',
    block: 'Block to step through',
    blockOption: 'Block {n} of {total}',
    parts:
      'This block: bytes {message} of the message, {marker} the 0x80 byte (a single 1 bit), {zeros} zero bytes, {length} the message length in bits ({bits}).',
    none: 'none',
    legend: 'Message bytes are plain, 0x80 is bold, the length is underlined, zeros are dimmed.',
  },
  stepper: {
    heading: 'The 64 rounds',
    play: 'Play',
    pause: 'Pause',
    back: 'Step back',
    forward: 'Step forward',
    slider: 'Rounds done',
    before: 'Before round 0: a..h start as the chaining value ({source}).',
    sourceIv: 'the initial value H(0)',
    sourcePrevious: 'the result of block {n}',
    after: 'After round {round} of 63.',
    keys: 'Keyboard: focus the slider and use the arrow keys, Home and End.',
    reducedMotion: 'Reduced motion is on: Play steps once a second without animation.',
  },
  round: {
    heading: 'Round {round}',
    w: 'W[{round}]',
    k: 'K[{round}]',
    t1: 'T1 = h + Σ1(e) + Ch(e, f, g) + K + W',
    t2: 'T2 = Σ0(a) + Maj(a, b, c)',
    newA: 'new a = T1 + T2',
    newE: 'new e = d + T1',
    none: 'No round yet: step forward to run round 0.',
  },
  state: {
    heading: 'Working variables a..h',
    changed: '{count} bits changed',
    changedOne: '1 bit changed',
    total: '{count} of 256 bits changed since the previous step.',
    hint: 'Changed bits are bold and underlined.',
    shifted:
      'Only a and e are new in each round: b, c, d and f, g, h are the previous a, b, c and e, f, g moved down one place.',
  },
  schedule: {
    heading: 'Message schedule W[0..63]',
    note: 'W[0..15] are the block’s 16 words; each later word mixes four earlier ones: W[t] = σ1(W[t−2]) + W[t−7] + σ0(W[t−15]) + W[t−16].',
    current: 'used in this round',
  },
  digest: {
    heading: 'The result',
    blockOut: 'After block {n}: the chaining value plus a..h after round 63',
    digest: 'SHA-256 from these steps',
    noble: 'SHA-256 from @noble/hashes',
    match: 'Equal: the steps above are the real SHA-256.',
    mismatch: 'Not equal: this is a bug, please report it.',
  },
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
export type Sha256Strings = Widen<typeof sha256StringsEn>;
