/** The public, printable "you said, we did" page of a published update, in its language. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { translate } from '../../i18n/translate.js';
import { findPublishedUpdate } from '../../services/feedback/community-updates.service.js';
import type { AppEnv } from '../app-env.js';
import { escapeHtml, page } from './report-page.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Registers GET /updates/:id. */
export function registerUpdateRoutes(app: OpenAPIHono<AppEnv>) {
  app.get('/updates/:id', async (c) => {
    const ctx = c.get('ctx');
    const id = c.req.param('id');
    const update = UUID.test(id) ? await findPublishedUpdate(ctx.db, id) : undefined;
    if (!update)
      return c.html(
        page(
          ctx.lang,
          translate(ctx.lang, 'record.not_found'),
          `<h1>${escapeHtml(translate(ctx.lang, 'record.not_found'))}</h1>`,
        ),
        404,
      );
    const lang = update.language;
    const t = (key: string) => escapeHtml(translate(lang, key));
    const paragraphs = (text: string) =>
      text
        .split(/\n{2,}/)
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('');
    return c.html(
      page(
        lang,
        update.title,
        `<h1>${escapeHtml(update.title)}</h1><p>${t('updates.period')} ${escapeHtml(update.periodFrom)} – ${escapeHtml(update.periodTo)}</p>
<h2>${t('updates.youSaid')}</h2>${paragraphs(update.youSaid)}<h2>${t('updates.weDid')}</h2>${paragraphs(update.weDid)}
<p>${t('updates.tellUs')} <a href="/report?lang=${lang}">/report</a></p>`,
      ),
    );
  });
}
