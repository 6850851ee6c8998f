// First: configures zod before any schema is built (see zod-setup.ts).
import './zod-setup.js';
import '@mantine/core/styles.css';
import './styles.css';
import './styles-projects.css';
import './styles-report.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { setupI18n } from './i18n/i18n.js';
import { startingLanguage } from './i18n/languages.js';

/** Loads the interface language, then renders the app. */
async function start(): Promise<void> {
  await setupI18n(startingLanguage());
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
