/** The few words the chart primitives print themselves, in every language. */
export const chartStringsEn = {
  showTable: 'Show as table',
  hideTable: 'Show as chart',
  logScale: '(log scale)',
  takeawayLabel: 'In words:',
  betLegend: 'Place your bets:',
  yourBet: 'Your bet: {bet}.',
  noBet: 'No bet yet. Betting is optional.',
};

export type ChartStrings = { readonly [K in keyof typeof chartStringsEn]: string };

export const chartStringsEs: ChartStrings = {
  showTable: 'Ver como tabla',
  hideTable: 'Ver como gráfico',
  logScale: '(escala logarítmica)',
  takeawayLabel: 'En palabras:',
  betLegend: 'Haz tu apuesta:',
  yourBet: 'Tu apuesta: {bet}.',
  noBet: 'Aún no has apostado. Apostar es opcional.',
};

export const CHART_STRINGS = { en: chartStringsEn, es: chartStringsEs } as const;
