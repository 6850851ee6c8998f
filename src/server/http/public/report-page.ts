/**
 * The public feedback form as plain HTML: works without JavaScript, on old phones, under 50 KB. Every
 * value is escaped; nothing from the public is ever rendered as markup.
 */
import { directionOf, type LanguageCode, LANGUAGE_CODES } from '../../../core/shared/language.js';
import { translate } from '../../i18n/translate.js';

const NAMES: Record<LanguageCode, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
label{display:block;font-weight:600;margin-top:1rem}input,select,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #555;border-radius:4px}
textarea{min-height:9rem}.check{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}.check input{width:auto;margin-top:.35rem}
button{margin-top:1.5rem;font:inherit;font-weight:600;padding:.75rem 1.5rem;background:#0b57a4;color:#fff;border:0;border-radius:4px}
.hp{position:absolute;left:-10000px}.error{color:#a30000;font-weight:600}.receipt{font-size:1.75rem;font-weight:700;letter-spacing:.15em}
nav a{margin-inline-end:1rem}:focus{outline:3px solid #f2b600;outline-offset:2px}`;

/** Wraps a body in the page shell in the given language and direction. */
export function page(lang: LanguageCode, title: string, body: string): string {
  const t = (key: string) => escapeHtml(translate(lang, key));
  const links = LANGUAGE_CODES.map(
    (l) => `<a href="?lang=${l}" lang="${l}" hreflang="${l}">${NAMES[l]}</a>`,
  ).join('');
  return `<!doctype html><html lang="${lang}" dir="${directionOf(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><nav aria-label="${t('report.languages')}">${links}</nav><main>${body}</main></body></html>`;
}

/** The form; `error` is a message key, `values` what the person typed (kept on error). */
export function reportForm(
  lang: LanguageCode,
  org: string,
  error?: string,
  values: Record<string, string> = {},
): string {
  const t = (key: string) => escapeHtml(translate(lang, key));
  const v = (name: string) => escapeHtml(values[name] ?? '');
  const option = (name: string, value: string) =>
    `<option value="${value}"${values[name] === value ? ' selected' : ''}>${t(`report.${name}.${value}`)}</option>`;
  const select = (name: string, options: string[]) =>
    `<label for="${name}">${t(`report.${name}.label`)}</label><select id="${name}" name="${name}"><option value="">${t('report.notSaying')}</option>${options.map((o) => option(name, o)).join('')}</select>`;
  return page(
    lang,
    translate(lang, 'report.title'),
    `<h1>${t('report.title')}</h1><p>${t('report.intro')}</p>
${error ? `<p class="error" role="alert">${t(error)}</p>` : ''}
<form method="post" action="/report" accept-charset="utf-8">
<input type="hidden" name="lang" value="${lang}"><input type="hidden" name="org" value="${escapeHtml(org)}">
<label for="message">${t('report.message')}</label><textarea id="message" name="message" required maxlength="5000">${v('message')}</textarea>
<div class="hp" aria-hidden="true"><label for="website">Website</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<label class="check"><input type="checkbox" name="anonymous" value="1"${values.anonymous ? ' checked' : ''}>${t('report.anonymous')}</label>
<label class="check"><input type="checkbox" name="consent" value="1"${values.consent ? ' checked' : ''}>${t('report.consent')}</label>
<label for="name">${t('report.name')}</label><input id="name" name="name" maxlength="200" autocomplete="name" value="${v('name')}">
<label for="phone">${t('report.phone')}</label><input id="phone" name="phone" type="tel" maxlength="40" autocomplete="tel" value="${v('phone')}">
${select('sex', ['female', 'male', 'other'])}${select('age', ['0-17', '18-59', '60+'])}
<button type="submit">${t('report.submit')}</button></form>
<p><a href="/report/status?lang=${lang}">${t('report.checkStatus')}</a></p>`,
  );
}

/** The thank-you page with the receipt code. */
export function receiptPage(lang: LanguageCode, receipt: string | null): string {
  const t = (key: string) => escapeHtml(translate(lang, key));
  const code = receipt
    ? `<p>${t('report.receiptIntro')}</p><p class="receipt">${escapeHtml(receipt)}</p><p>${t('report.receiptKeep')}</p>`
    : '';
  return page(
    lang,
    translate(lang, 'report.thanks'),
    `<h1>${t('report.thanks')}</h1>${code}<p><a href="/report/status?lang=${lang}">${t('report.checkStatus')}</a></p>`,
  );
}

/** The status page: asks for the receipt, or says whether an answer is ready — never the content. */
export function statusPage(
  lang: LanguageCode,
  state: 'ask' | 'unknown' | 'received' | 'in_progress' | 'answered',
  receipt = '',
): string {
  const t = (key: string) => escapeHtml(translate(lang, key));
  const result =
    state === 'ask' ? '' : `<p role="status"><strong>${t(`report.status.${state}`)}</strong></p>`;
  return page(
    lang,
    translate(lang, 'report.statusTitle'),
    `<h1>${t('report.statusTitle')}</h1>${result}
<form method="get" action="/report/status"><input type="hidden" name="lang" value="${lang}">
<label for="receipt">${t('report.receiptLabel')}</label><input id="receipt" name="receipt" required maxlength="20" autocomplete="off" value="${escapeHtml(receipt)}">
<button type="submit">${t('report.statusSubmit')}</button></form><p><a href="/report?lang=${lang}">${t('report.back')}</a></p>`,
  );
}
