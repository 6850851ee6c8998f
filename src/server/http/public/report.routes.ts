/**
 * The public channel: GET/POST /report and GET /report/status. No login, no JavaScript, a honeypot
 * and per-address and global quotas instead of a CAPTCHA (answers 429, never 5xx).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { ZodError } from 'zod';
import { isLanguageCode, type LanguageCode } from '../../../core/shared/language.js';
import { systemActor } from '../../../core/policy/actor.js';
import { countOrganizations, findOrganizationByCode } from '../../repos/organizations.repo.js';
import { organizations } from '../../db/schema.js';
import { findCaseByReceipt } from '../../repos/feedback.repo.js';
import { logCase } from '../../services/feedback/intake.js';
import type { AppEnv } from '../app-env.js';
import { receiptPage, reportForm, statusPage } from './report-page.js';

const perAddress = new RateLimiterMemory({ points: 10, duration: 600 });
const everyone = new RateLimiterMemory({ points: 600, duration: 60 });

function langOf(value: unknown, fallback: LanguageCode): LanguageCode {
  return typeof value === 'string' && isLanguageCode(value) ? value : fallback;
}

/** The organisation the form reports to: `org` given, or the only one there is. */
async function resolveOrganization(c: HonoContext<AppEnv>, code: string | undefined) {
  const db = c.get('ctx').db;
  if (code) return findOrganizationByCode(db, code.trim().toLowerCase());
  if ((await countOrganizations(db)) !== 1) return undefined;
  const [only] = await db.select().from(organizations).limit(1);
  return only;
}

async function withinQuota(ip: string | null): Promise<boolean> {
  try {
    await Promise.all([perAddress.consume(ip ?? 'unknown'), everyone.consume('all')]);
    return true;
  } catch {
    return false;
  }
}

/** Registers the public form routes (before the web app's catch-all). */
export function registerReportRoutes(app: OpenAPIHono<AppEnv>) {
  app.get('/report', async (c) => {
    const ctx = c.get('ctx');
    const lang = langOf(c.req.query('lang'), ctx.lang);
    const org = await resolveOrganization(c, c.req.query('org'));
    if (!org) return c.html(reportForm(lang, '', 'report.errors.unknown_org'), 404);
    return c.html(reportForm(lang, org.code));
  });

  app.post(
    '/report',
    bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text('Too large', 413) }),
    async (c) => {
      const ctx = c.get('ctx');
      const form = await c.req.parseBody();
      const text = (name: string) =>
        typeof form[name] === 'string' ? (form[name] as string).trim() : '';
      const lang = langOf(form.lang, ctx.lang);
      const values = Object.fromEntries(
        ['message', 'name', 'phone', 'sex', 'age', 'anonymous', 'consent'].map((k) => [k, text(k)]),
      );
      if (!(await withinQuota(ctx.origin.ip)))
        return c.html(reportForm(lang, text('org'), 'report.errors.too_many', values), 429);
      const org = await resolveOrganization(c, text('org') || undefined);
      if (!org) return c.html(reportForm(lang, '', 'report.errors.unknown_org'), 404);
      if (text('website')) return c.html(receiptPage(lang, null));
      if (!values.message)
        return c.html(reportForm(lang, org.code, 'report.errors.message', values), 400);
      const anonymous = values.anonymous === '1';
      const contact =
        values.name || values.phone
          ? {
              ...(values.name ? { name: values.name } : {}),
              ...(values.phone ? { phone: values.phone } : {}),
            }
          : undefined;
      try {
        const { row } = await logCase(
          { ...ctx, actor: systemActor('public-form', org.id) },
          {
            channel: 'web',
            language: lang,
            narrative: values.message!,
            anonymous,
            consentToContact: values.consent === '1',
            contact,
            submitter: {
              ...(values.sex ? { sex: values.sex as 'female' } : {}),
              ...(values.age
                ? { ageBracket: (values.age === '0-17' ? '12-17' : values.age) as '18-59' }
                : {}),
            },
          },
          { organizationId: org.id },
        );
        return c.html(receiptPage(lang, row.receipt), 201);
      } catch (error) {
        if (!(error instanceof ZodError)) throw error;
        const path = error.issues[0]?.path.join('.') ?? '';
        const key =
          path === 'contact'
            ? anonymous
              ? 'report.errors.anonymous_with_contact'
              : 'report.errors.contact_without_consent'
            : 'report.errors.message';
        return c.html(reportForm(lang, org.code, key, values), 400);
      }
    },
  );

  app.get('/report/status', async (c) => {
    const ctx = c.get('ctx');
    const lang = langOf(c.req.query('lang'), ctx.lang);
    const receipt = (c.req.query('receipt') ?? '').trim().toUpperCase().slice(0, 20);
    if (!receipt) return c.html(statusPage(lang, 'ask'));
    if (!(await withinQuota(ctx.origin.ip))) return c.html(statusPage(lang, 'ask', receipt), 429);
    const row = await findCaseByReceipt(ctx.db, receipt);
    if (!row) return c.html(statusPage(lang, 'unknown', receipt), 404);
    const state =
      row.status === 'received'
        ? 'received'
        : ['responded', 'closed'].includes(row.status)
          ? 'answered'
          : 'in_progress';
    return c.html(statusPage(lang, state, receipt));
  });
}
