/**
 * The code editor: a labelled monospace <textarea>. Tab types two spaces, but Escape first
 * hands Tab back to the browser, so keyboard focus is never trapped. The character count and
 * the over-the-limit message sit under it.
 */
import { useId, useRef, type KeyboardEvent } from 'react';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { MAX_SOURCE_CHARS } from '../../workers/predictor-sandbox-guard';
import { PREDICTOR_STRINGS } from './strings';

export function CodeEditor(props: {
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
}) {
  const t = useStrings(PREDICTOR_STRINGS);
  const format = useNumberFormat();
  const id = useId();
  const tabTypes = useRef(true);
  const tooLong = props.value.length > MAX_SOURCE_CHARS;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      tabTypes.current = false;
      return;
    }
    if (event.key !== 'Tab' || event.shiftKey || !tabTypes.current) return;
    event.preventDefault();
    const area = event.currentTarget;
    const { selectionStart, selectionEnd, value } = area;
    props.onChange(value.slice(0, selectionStart) + '  ' + value.slice(selectionEnd));
    requestAnimationFrame(() => area.setSelectionRange(selectionStart + 2, selectionStart + 2));
  };

  return (
    <div className="code-editor">
      <label htmlFor={id}>{t.editor.code}</label>
      <p id={`${id}-hint`} className="hint">
        {t.editor.codeHint} {t.editor.keys}
      </p>
      <textarea
        id={id}
        className="code"
        value={props.value}
        rows={14}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        disabled={props.disabled}
        aria-describedby={`${id}-hint ${id}-count`}
        aria-invalid={tooLong}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => (tabTypes.current = true)}
        data-testid="predictor-code"
      />
      <p id={`${id}-count`} className="hint num" role={tooLong ? 'alert' : undefined}>
        {fill(t.editor.count, {
          count: format.integer(props.value.length),
          limit: format.integer(MAX_SOURCE_CHARS),
        })}
        {tooLong &&
          ` ${fill(t.failure.tooLong, {
            length: format.integer(props.value.length),
            limit: format.integer(MAX_SOURCE_CHARS),
          })}`}
      </p>
    </div>
  );
}
