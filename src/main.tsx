/** Entry point: apply the theme before the first paint, then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles.css';
import { App } from './app/app';
import { applyTheme } from './app/theme/theme-store';
import { initialLang } from './ui/i18n/lang-preference';

applyTheme();
document.documentElement.lang = initialLang();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
