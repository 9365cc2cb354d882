/** A p-value for reading: 3 decimals, or "< 0.001" (in the reader's number format). */
export function formatP(
  pValue: number,
  format: { decimal: (value: number, digits: number) => string },
): string {
  return pValue < 0.001 ? `< ${format.decimal(0.001, 3)}` : format.decimal(pValue, 3);
}
