/** The few words the chart primitives print themselves, in every language. */
export const chartStringsEn = {
  showTable: 'Show as table',
  hideTable: 'Show as chart',
  logScale: '(log scale)',
  takeawayLabel: 'In words:',
};

export type ChartStrings = { readonly [K in keyof typeof chartStringsEn]: string };

export const chartStringsEs: ChartStrings = {
  showTable: 'Ver como tabla',
  hideTable: 'Ver como gráfico',
  logScale: '(escala logarítmica)',
  takeawayLabel: 'En palabras:',
};

export const CHART_STRINGS = { en: chartStringsEn, es: chartStringsEs } as const;
