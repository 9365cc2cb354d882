/**
 * Chapter 15 UI strings (English, the source of truth). Spanish (strings.es.ts) is typed against
 * this table; strings.test.ts checks keys and placeholders. Paragraphs live in prose.*.tsx.
 */
export const difficultyStringsEn = {
  title: 'Difficulty adjustment',
  loading: 'Loading the 29,650 real block headers…',
  loadError: 'The real headers could not be loaded ({message}). Reload the page to try again.',
  verdict: '{matching} of {recomputed} recomputed retargets match the real bits',
  verdictDetail:
    'Recomputed in your browser from heights {first} to {last}; {skipped} other retargets need a header the bundled file does not hold.',
  mismatch: 'Mismatch at height {height}: computed {computed}, real {real}',
  chart: {
    title: 'Difficulty of the real blocks, 2009 to 2025',
    aria: 'Line chart of Bitcoin difficulty on a log scale over the years, {count} recomputed retargets marked',
    x: 'Year',
    y: 'Difficulty (log scale)',
    real: 'real bits',
    recomputed: 'recomputed',
    takeaway:
      'From 1 to over 10¹³: the same two-week rule kept blocks near ten minutes while hash rate grew by trillions.',
    columns: [
      'Height',
      'Date (UTC)',
      'Timespan (days)',
      'Clamp applied?',
      'Computed bits',
      'Real bits',
      'Match',
    ],
    clampNone: 'no',
    clampLow: 'yes (×¼ floor)',
    clampHigh: 'yes (×4 ceiling)',
    capped: ' (capped at 1d00ffff)',
    yes: 'yes',
    no: 'NO',
  },
  sim: {
    legend: 'Simulate a change of hash rate',
    seed: 'Seed',
    newSeed: 'New seed',
    seedError: 'Type a whole number from 0 to 4,294,967,295.',
    seedHint: 'The same seed gives the same block times.',
    factor: 'Hash rate becomes',
    half: 'half (×½)',
    double: 'double (×2)',
    tenfold: 'ten times (×10)',
    changeAt: 'at period',
    periodsLabel: 'periods',
    title: 'Mean block time in each 2,016-block period',
    aria: 'Line chart of the mean simulated block time per period, with the 10-minute line',
    x: 'Period (2,016 blocks each)',
    y: 'Mean block time (minutes)',
    series: 'simulated',
    tenMinutes: '10 minutes',
    takeaway:
      'The period after the change drifts away from ten minutes; the next retarget pulls it back (a clamp can make that take longer).',
    columns: [
      'Period',
      'Hash rate (×)',
      'Difficulty (×)',
      'Mean block time (min)',
      'Period (days)',
      'Clamp at its end?',
    ],
    summary:
      'Seed {seed}: period {at} took {days} days instead of 14; by period {last} blocks average {minutes} minutes.',
  },
};

export type DifficultyStrings = typeof difficultyStringsEn;
