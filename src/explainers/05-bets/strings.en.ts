/**
 * Chapter "Place your bets" UI strings (English, the source of truth). Spanish (strings.es.ts) is
 * typed against this table; strings.test.ts checks keys and placeholders. Paragraphs live in
 * prose.*.tsx.
 */
export const betsStringsEn = {
  title: 'Place your bets',
  builder: {
    heading: 'Your bet',
    kindLegend: 'How do you want to bet?',
    kinds: {
      strategy: 'A strategy',
      lucky: 'My lucky numbers',
      map: 'Regions on the map',
    },
    strategyLabel: 'Strategy',
    strategies: {
      sequentialCopy: 'Count 0, 1, 2, … (a copy of the counter)',
      random: 'Random numbers',
      even: 'Even numbers only',
      primes: 'Prime numbers',
      small: 'Small numbers (below 65,536)',
      nearLastWinner: 'Near the last winner',
      realRanges: 'Where real Bitcoin winners fell',
      learnedModel: 'A learned model (trained on real hashes)',
    },
    strategyHints: {
      sequentialCopy: 'The same nonces as the counter: it must tie exactly.',
      random: 'Nonces drawn at random from the whole range 0 … 4,294,967,295.',
      even: '0, 2, 4, 6, …',
      primes: '2, 3, 5, 7, 11, …',
      small: 'Random nonces below 65,536, as people pick “low” numbers.',
      nearLastWinner: 'Around the last nonce that won on the previous job: a hot streak?',
      realRanges:
        'The top byte drawn from the {count} bundled real winning nonces, the rest at random.',
      realRangesLoading: 'Loading the real winning nonces…',
      realRangesError: 'The real nonces could not be loaded ({message}); they will be random.',
      learnedModel:
        'Naive Bayes over the nonce’s bytes, trained on 8,192 real hashes from other jobs.',
    },
    luckyLabel: 'Lucky numbers (whole numbers from 0 to 4,294,967,295)',
    luckyHint: 'Separate them with commas or spaces. Up to 1,000; each is tried on every job.',
    luckyErrors: {
      empty: 'Type at least one number.',
      notNumber: '“{token}” is not a whole number.',
      outOfRange: '{token} is too big: a nonce is at most 4,294,967,295.',
      tooMany: 'That is {count} numbers; at most 1,000 please.',
    },
    luckyCount: '{count} numbers: {hashes} hashes in all.',
    mapLegend: 'Click the regions you believe in',
    mapHint:
      'The nonce space, 0 to 4,294,967,295, in 256 regions of 16,777,216 nonces each. Your nonces are drawn at random inside the regions you pick.',
    mapRegion: 'Region {index}: nonces {from} to {to}',
    mapSelected: '{count} of 256 regions picked.',
    mapNone: 'Pick at least one region.',
    mapClear: 'Clear',
    mapRandom: 'Pick 8 at random',
    settingsLegend: 'The run',
    zeroBits: 'Difficulty (leading zero bits)',
    jobs: 'Jobs (fresh block headers)',
    budget: 'Hashes per job, for you and for the counter',
    seed: 'Seed',
    seedHint: 'The same seed gives the same jobs, so a class can replay a run.',
    seedError: 'Type a whole number from 0 to 4,294,967,295.',
    numberError: 'Type a whole number from {min} to {max}.',
    newSeed: 'New seed',
    lock: 'Lock my bet',
    unlock: 'Change my bet',
    locked: 'Locked. Nothing has been hashed yet.',
    commitment: 'Commitment (SHA-256 of the text below)',
    commitmentHint:
      'This hash fixes your bet before any hashing. Anyone can recompute it from the text.',
    reveal: 'Reveal: hash {hashes} nonces for you and as many for the counter',
    stop: 'Stop',
  },
  status: {
    idle: 'Make your bet, then lock it. Nothing runs until you press a button.',
    locked: 'Bet locked. Press Reveal to hash.',
    running: 'Hashing: job {done} of {total}.',
    paused: 'Paused because this tab is hidden. It goes on when you come back.',
    done: 'Done.',
    stopped: 'Stopped. Nothing was scored.',
    error: 'Something went wrong: {message}',
  },
  result: {
    heading: 'The reveal',
    yourHits: 'Your hits',
    counterHits: 'Counter’s hits',
    hashesEach: 'Hashes each',
    expected: 'Expected by chance ({p} per hash)',
    ratio: 'Your hits per hash ÷ counter’s',
    interval: '95 % interval of the ratio',
    pValue: 'p-value (ratio = 1)',
    seedUsed: 'Seed',
    verdictNoEvidence:
      'No evidence of an advantage: the interval contains 1, so your bet and the counter are indistinguishable.',
    verdictAbove:
      'Your bet came out ahead: the interval lies above 1. With p = {p} this happens by chance about once in {odds} bets. Replay it with a new seed: a real advantage would stay.',
    verdictBelow:
      'Your bet came out behind: the interval lies below 1. With p = {p} this happens by chance about once in {odds} bets. Replay it with a new seed.',
    verdictFew:
      'Too few hashes to say much: the interval is very wide. Add more numbers or regions, or lower the difficulty.',
    ownWork:
      'The learned model also spent {hashes} hashes on training data; per unit of work its ratio is {ratio}.',
    chartTitle: 'Your ratio and its 95 % interval',
    chartLabel: 'Ratio of hits per hash (1 = no advantage)',
    one: 'no advantage',
    excludes: 'excludes 1',
    tableColumns: ['Arm', 'Hits', 'Hashes', 'Ratio', '95 % interval'],
    you: 'Your bet',
    counter: 'Counter',
  },
  tournament: {
    heading: 'A tournament of 20 strategies',
    betQuestion: 'Out of 20 strategies, how many will “beat” the counter at the 5 % level?',
    betOptions: {
      none: 'None of them',
      aboutOne: 'About one, by chance',
      many: 'Several: some patterns must work',
    },
    run: 'Run the tournament: 20 strategies × {jobs} jobs × {budget} hashes, then a re-test and a control',
    stop: 'Stop',
    status: {
      idle: 'Not started. Nothing runs until you press the button.',
      running: 'Hashing: {done} of {total} jobs (main run, re-test, control).',
      paused: 'Paused because this tab is hidden. It goes on when you come back.',
      done: 'Done: {hashes} hashes.',
      stopped: 'Stopped. Nothing was scored.',
      error: 'Something went wrong: {message}',
      loading: 'Loading the real winning nonces for one of the strategies…',
    },
    chartTitle: 'Each strategy against the counter (hits per hash ratio)',
    chartLabel: 'Ratio of hits per hash (1 = no advantage)',
    correctionLegend: 'Intervals',
    corrections: {
      none: '95 %, one strategy at a time',
      holm: 'Holm-corrected for 20 strategies (the light band)',
    },
    excludesUnadjusted: 'misses 1',
    excludesHolm: 'misses 1 after correction',
    missesUnadjusted:
      '{count} of 20 unadjusted intervals miss 1 ({names}). About 1 in 20 does by chance alone, even when nothing works.',
    missesNone:
      'This time none of the 20 unadjusted intervals missed 1. About 1 in 20 does by chance alone: try other seeds and count.',
    missesHolm: 'After the Holm correction for 20 comparisons, {count} of 20 intervals miss 1.',
    retest:
      'The best-looking strategy, “{name}” (ratio {ratio}), re-tested on {jobs} new jobs: ratio {retestRatio}, 95 % interval {low} to {high}.',
    retestFell: 'It fell back: its interval now contains 1.',
    retestHeld: 'Its interval still misses 1: that is rare by chance. Try another seed.',
    control:
      'Positive control: the same learned model, trained within each job, against SHA-256d cut to {rounds} rounds: {hits} hits in {hashes} hashes, {ratio}× the hits chance would give (95 % interval {low} to {high}).',
    controlNote:
      'So the pipeline does find a signal when the hash has one. Against the real hash, nothing.',
    tableColumns: ['Strategy', 'Hits', 'Ratio', '95 % interval', 'p', 'Holm p', 'Holm interval'],
    seedUsed: 'Seed',
    takeaway:
      'Every dot sits near 1: no strategy finds more hits per hash than counting 0, 1, 2, …',
    takeawayHolmMiss:
      '{count} of 20 intervals miss 1 even after the correction: that is rare by chance. Re-test on new jobs before believing it.',
  },
  names: {
    random: 'Random',
    even: 'Even only',
    primes: 'Primes',
    small: 'Small numbers',
    nearLastWinner: 'Near last winner',
    realRanges: 'Real winners’ ranges',
    odd: 'Odd only',
    multiplesOf7: 'Multiples of 7',
    large: 'Large numbers',
    fewOnes: 'Few 1-bits',
    manyOnes: 'Many 1-bits',
    bitReversed: 'Bit-reversed counter',
    lcg: 'LCG sequence',
    goldenStride: 'Golden-ratio stride',
    decimalSevens: 'Contains “77”',
    dates: 'Dates (DDMMYYYY)',
    squares: 'Squares',
    descending: 'Counting down',
    middle: 'From the middle',
    learnedModel: 'Learned model',
    yourNonces: 'Your numbers',
    yourRegions: 'Your regions',
  },
};

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language must match. */
export type BetsStrings = Widen<typeof betsStringsEn>;
