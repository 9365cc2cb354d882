/**
 * One labelled number in a `<dl className="stats">` row: the text shown is formatted for the
 * reader, `data-value` keeps the raw number for tests and for copying.
 */
import type { ReactNode } from 'react';

export function Stat(props: {
  label: ReactNode;
  testId?: string;
  value?: number | string;
  children: ReactNode;
}) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd className="num" data-testid={props.testId} data-value={props.value}>
        {props.children}
      </dd>
    </div>
  );
}
