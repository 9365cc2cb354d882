/**
 * The paper's "P < 0.001" table, recomputed here for the paper's formula and for the exact one.
 */
import { useMemo } from 'react';
import '../../charts/charts.css';
import { exactConfirmationsNeeded } from '../../core/attack/exact';
import { paperConfirmationsNeeded } from '../../core/attack/paper';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { ATTACK_STRINGS } from './strings';

const SHARES = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45] as const;

export function ThresholdTable() {
  const t = useStrings(ATTACK_STRINGS).deeper;
  const format = useNumberFormat();
  const rows = useMemo(
    () =>
      SHARES.map((q) => ({
        q,
        paper: paperConfirmationsNeeded(q),
        exact: exactConfirmationsNeeded(q),
      })),
    [],
  );
  return (
    <div className="chart-table-wrap" data-testid="attack-threshold">
      <table className="chart-table">
        <caption>{t.tableTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.q}</th>
            <th scope="col">{t.paperZ}</th>
            <th scope="col">{t.exactZ}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.q}>
              <th scope="row">{format.decimal(r.q, 2)}</th>
              <td className="num">{r.paper === null ? '—' : format.integer(r.paper)}</td>
              <td className="num">{r.exact === null ? '—' : format.integer(r.exact)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t.tableTakeaway}</p>
    </div>
  );
}
