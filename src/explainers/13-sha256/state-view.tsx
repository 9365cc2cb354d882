/** The eight working variables after the current step, with the bits changed since the last. */
import { changedBits, wordHex } from '../../core/hash/sha256-trace';
import { fill } from '../../ui/i18n/lang';
import { useStrings } from '../../ui/i18n/lang-context';
import { SHA256_STRINGS } from './strings';
import { WordBits } from './word-bits';

const NAMES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;

export function StateView({ state, previous }: { state: number[]; previous: number[] | null }) {
  const t = useStrings(SHA256_STRINGS);
  const counts = state.map((word, i) => (previous ? changedBits(previous[i]!, word) : 0));
  const total = counts.reduce((sum, n) => sum + n, 0);
  return (
    <section className="sha-state" aria-labelledby="sha-state-heading">
      <h3 id="sha-state-heading">{t.state.heading}</h3>
      <p data-testid="bits-changed" data-count={total} aria-live="polite">
        {previous ? fill(t.state.total, { count: total }) : '—'} {previous && t.state.hint}
      </p>
      <p className="hint">{t.state.shifted}</p>
      <ul className="sha-registers">
        {state.map((word, i) => (
          <li key={NAMES[i]} className="sha-register">
            <span className="register-name mono">{NAMES[i]}</span>
            <code className="register-hex" data-testid={`state-${NAMES[i]}`}>
              {wordHex(word)}
            </code>
            <span className="register-count">
              {previous &&
                (counts[i] === 1
                  ? t.state.changedOne
                  : fill(t.state.changed, { count: counts[i]! }))}
            </span>
            <WordBits word={word} before={previous ? previous[i]! : null} />
          </li>
        ))}
      </ul>
    </section>
  );
}
