import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, LANGUAGE_CODES, type LanguageCode } from '../../core/shared/language.js';
import en from './locales/en.json';
import { storePickedLanguage } from './languages.js';
import { configureZodMessages } from './zod-messages.js';

type Messages = typeof en;

// English ships with the app (it is also the fallback); other languages load when first chosen.
const loaders: Record<Exclude<LanguageCode, 'en'>, () => Promise<{ default: Messages }>> = {
  fr: () => import('./locales/fr.json'),
  es: () => import('./locales/es.json'),
  ar: () => import('./locales/ar.json'),
};

async function loadMessages(lang: LanguageCode): Promise<void> {
  if (lang === 'en' || i18next.hasResourceBundle(lang, 'translation')) return;
  const messages = await loaders[lang]();
  i18next.addResourceBundle(lang, 'translation', messages.default);
}

/** Sets `<html lang dir>`; Mantine's DirectionProvider follows the `dir` attribute. */
function applyToDocument(lang: LanguageCode): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}

/** Switches the whole interface to a language; `remember` keeps it as the user's own pick. */
export async function switchLanguage(lang: LanguageCode, remember = false): Promise<void> {
  if (remember) storePickedLanguage(lang);
  await loadMessages(lang);
  await i18next.changeLanguage(lang);
}

/** Starts i18next in the given language, before the first render. */
export async function setupI18n(lang: LanguageCode): Promise<void> {
  i18next.on('languageChanged', (lng) => applyToDocument(lng as LanguageCode));
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGE_CODES],
    partialBundledLanguages: true,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  configureZodMessages();
  await switchLanguage(lang);
}
