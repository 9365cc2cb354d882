/**
 * The frame every chart sits in: a title, the chart, the one-line takeaway in words under it,
 * and a "show as table" toggle that swaps the chart for an accessible <table> of the same data
 * (for screen readers, and for copying the numbers).
 */
import { useId, useState, type ReactNode } from 'react';
import { useStrings } from '../ui/i18n/lang-context';
import { CHART_STRINGS } from './chart-strings';
import './charts.css';

export interface ChartTable {
  /** Column headings, with units. */
  columns: readonly string[];
  /** Rows of already formatted cells; the first cell of each row is its header. */
  rows: readonly (readonly string[])[];
}

export interface ChartFrameProps {
  title: string;
  /** The one-line takeaway, in words, shown under the chart. */
  takeaway: ReactNode;
  table: ChartTable;
  children: ReactNode;
  /** Start with the table shown (default false). */
  initialShowTable?: boolean;
  testId?: string;
}

export function ChartFrame(props: ChartFrameProps) {
  const strings = useStrings(CHART_STRINGS);
  const [showTable, setShowTable] = useState(props.initialShowTable ?? false);
  const titleId = useId();
  const bodyId = useId();
  return (
    <figure className="chart-frame" aria-labelledby={titleId} data-testid={props.testId}>
      <div className="chart-frame-head">
        <h3 id={titleId} className="chart-title">
          {props.title}
        </h3>
        <button
          type="button"
          className="toggle"
          aria-pressed={showTable}
          aria-controls={bodyId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? strings.hideTable : strings.showTable}
        </button>
      </div>
      <div id={bodyId}>
        {showTable ? (
          <div className="chart-table-wrap">
            <table className="chart-table">
              <caption>{props.title}</caption>
              <thead>
                <tr>
                  {props.table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.table.rows.map(([head, ...cells], index) => (
                  <tr key={index}>
                    <th scope="row">{head}</th>
                    {cells.map((cell, column) => (
                      <td key={column}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          props.children
        )}
      </div>
      <figcaption className="chart-takeaway">
        <span className="visually-hidden">{strings.takeawayLabel} </span>
        {props.takeaway}
      </figcaption>
    </figure>
  );
}
