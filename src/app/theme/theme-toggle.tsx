/** A pressed/unpressed "Dark theme" button; the default follows the system setting. */
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/use-t';
import { chooseTheme, currentTheme, subscribeTheme } from './theme-store';

export function ThemeToggle() {
  const t = useT();
  const theme = useSyncExternalStore(subscribeTheme, currentTheme);
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="toggle"
      aria-pressed={dark}
      title={t.layout.themeToggleHint}
      onClick={() => chooseTheme(dark ? 'light' : 'dark')}
      data-testid="theme-toggle"
    >
      <span aria-hidden="true" className="toggle-icon">
        {dark ? '●' : '○'}
      </span>{' '}
      {t.layout.themeToggle}
    </button>
  );
}
