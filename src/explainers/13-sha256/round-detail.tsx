/** The values that go into one round: W[t], K[t], T1, T2, and the two new words a and e. */
import { SHA256_K } from '../../core/hash/sha256-constants';
import type { Sha256BlockTrace } from '../../core/hash/sha256-trace';
import { wordHex } from '../../core/hash/sha256-trace';
import { fill } from '../../ui/i18n/lang';
import { useStrings } from '../../ui/i18n/lang-context';
import { SHA256_STRINGS } from './strings';

export function RoundDetail({ block, round }: { block: Sha256BlockTrace; round: number | null }) {
  const t = useStrings(SHA256_STRINGS);
  if (round === null) {
    return (
      <p className="sha-round" data-testid="sha-round">
        {t.round.none}
      </p>
    );
  }
  const after = block.states[round + 1]!;
  const rows: [string, number, string][] = [
    [fill(t.round.w, { round }), block.schedule[round]!, 'round-w'],
    [fill(t.round.k, { round }), SHA256_K[round]! >>> 0, 'round-k'],
    [t.round.t1, block.t1[round]!, 'round-t1'],
    [t.round.t2, block.t2[round]!, 'round-t2'],
    [t.round.newA, after[0]!, 'round-a'],
    [t.round.newE, after[4]!, 'round-e'],
  ];
  return (
    <section className="sha-round" data-testid="sha-round" aria-labelledby="sha-round-heading">
      <h3 id="sha-round-heading">{fill(t.round.heading, { round })}</h3>
      <dl className="sha-round-values">
        {rows.map(([label, word, testId]) => (
          <div key={testId}>
            <dt>{label}</dt>
            <dd>
              <code data-testid={testId}>{wordHex(word)}</code>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
