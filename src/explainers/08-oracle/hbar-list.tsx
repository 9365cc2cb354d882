/**
 * A list of labelled horizontal bars drawn with plain elements: the label and the value as text
 * on every row (colour never carries the meaning), the bar's length proportional to the value.
 */
export interface HBarRow {
  key: string;
  label: string;
  value: number;
  text: string;
}

export function HBarList(props: { rows: readonly HBarRow[]; max?: number; testId?: string }) {
  const max = props.max ?? Math.max(1e-12, ...props.rows.map((r) => r.value));
  return (
    <ul className="hbar-list" data-testid={props.testId}>
      {props.rows.map((row) => (
        <li key={row.key} data-value={row.value}>
          <span className="hbar-label">{row.label}</span>
          <span className="hbar-track" aria-hidden="true">
            <span
              className="hbar-fill"
              style={{ width: `${Math.max(0.5, (100 * row.value) / max)}%` }}
            />
          </span>
          <span className="hbar-text num">{row.text}</span>
        </li>
      ))}
    </ul>
  );
}
