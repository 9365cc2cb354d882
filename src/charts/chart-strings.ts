/** The few words the chart primitives print themselves, in every language. */
export const chartStringsEn = {
  showTable: 'Show as table',
  hideTable: 'Show as chart',
  logScale: '(log scale)',
  takeawayLabel: 'In words:',
  betLegend: 'Place your bets:',
  yourBet: 'Your bet: {bet}.',
  noBet: 'No bet yet. Betting is optional.',
  exportLabel: 'Take these results with you:',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  copyLink: 'Copy a link that replays this run',
  linkCopied: 'Link copied. Opening it runs the same settings and seed.',
  copyByHand: 'Copy this link by hand:',
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
  exportLabel: 'Llévate estos resultados:',
  downloadCsv: 'Descargar CSV',
  downloadJson: 'Descargar JSON',
  copyLink: 'Copiar un enlace que repite esta ejecución',
  linkCopied: 'Enlace copiado. Al abrirlo se usan los mismos ajustes y la misma semilla.',
  copyByHand: 'Copia este enlace a mano:',
};

export const CHART_STRINGS = { en: chartStringsEn, es: chartStringsEs } as const;
