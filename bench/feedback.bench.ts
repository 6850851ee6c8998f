/**
 * Feedback (issue 4): SMS webhook intake at 16 concurrent clients vs a plain parameterised INSERT
 * loop of the same rows over the same connection pool; dashboard over 1,000,000 cases vs its raw SQL.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { systemActor } from '../src/core/policy/actor.js';
import type { Database } from '../src/server/db/database.js';
import { createApp } from '../src/server/http/app.js';
import {
  countBy,
  countBySatisfaction,
  responseTimes,
  totals,
} from '../src/server/repos/feedback-dashboard.repo.js';
import { createToken } from '../src/server/services/api-tokens.service.js';
import type { Context } from '../src/server/services/context.js';
import { createOrganization } from '../src/server/services/organizations.service.js';
import { benchDeps, systemContextOf } from './bench-deps.js';
import { median } from './median.js';

const MESSAGES = Number(process.env.BENCH_SMS ?? 2_000);
const CLIENTS = 16;
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);

async function concurrently(count: number, work: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await work(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  return {
    perSecond: count / seconds,
    p99: latencies[Math.floor(latencies.length * 0.99)]!,
    /** CPU of this process per item (the embedded database runs inside it). */
    cpuMs: (used.user + used.system) / 1000 / count,
  };
}

/** Prints webhook and dashboard figures for one database; returns the webhook rate. */
export async function benchFeedback(label: string, database: Database): Promise<number> {
  const deps = await benchDeps(database);
  const base = systemContextOf(deps);
  const org = await createOrganization(base, {
    code: `bench-f-${crypto.randomBytes(3).toString('hex')}`,
    name: 'Bench',
  });
  const token = (
    await createToken(
      { ...base, actor: systemActor('bench', org.id) },
      { name: 'sms', role: 'feedback_operator' },
    )
  ).token;
  const app = createApp(deps);
  const text = (i: number) =>
    `Message ${i}: when is the next distribution of water containers in block ${i % 40}?`;
  const webhook = await concurrently(MESSAGES, async (i) => {
    const r = await app.request('http://localhost/api/v1/channels/sms/inbound', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: `m-${i}`, from: `+2499000${i}`, text: text(i) }),
    });
    if (r.status !== 201) throw new Error(`webhook ${r.status}`);
  });
  // The same rows the webhook writes (every column it sets, narrative and contact encrypted
  // beforehand), one plain parameterised INSERT each, over the same pool.
  const rows = Array.from({ length: MESSAGES }, (_, i) => ({
    reference: `R-${i}`,
    receipt: `RAW${org.code}${i}`,
    narrative: deps.cipher.encrypt(text(i)),
    contact: deps.cipher.encrypt(JSON.stringify({ phone: `+2499000${i}` })),
    hash: crypto.createHash('sha256').update(text(i)).digest('hex'),
  }));
  const raw = await concurrently(MESSAGES, async (i) => {
    const row = rows[i]!;
    await database.db.execute(sql`insert into feedback_cases (organization_id, reference, receipt,
      channel, received_at, language, category, sensitivity, urgency, project_id, sector, country,
      admin_areas, anonymous, consent_to_contact, contact_enc, narrative_enc, submitter, triage_flags,
      review_required, logged_by, acknowledge_due, respond_due, idempotency_key, request_hash,
      source_message_id)
      values (${org.id}, ${row.reference}, ${row.receipt}, 'sms', now(), null, null, 'non_sensitive',
      'normal', null, null, null, '[]'::jsonb, false, true, ${row.contact}, ${row.narrative},
      '{}'::jsonb, '[]'::jsonb, false, null, now() + interval '48 hours',
      now() + interval '14 days', null, ${row.hash}, ${`raw-${i}`})`);
  });
  console.log(
    `${label.padEnd(10)} SMS webhook, ${MESSAGES} messages, ${CLIENTS} clients: ${webhook.perSecond.toFixed(0)}/s (p99 ${webhook.p99.toFixed(0)} ms, ${webhook.cpuMs.toFixed(2)} ms CPU each); ` +
      `raw INSERT loop ${raw.perSecond.toFixed(0)}/s (p99 ${raw.p99.toFixed(0)} ms, ${raw.cpuMs.toFixed(2)} ms CPU each) → ratio ${(webhook.perSecond / raw.perSecond).toFixed(2)}`,
  );
  await benchDashboard(label, database, app, deps, org.id);
  return webhook.perSecond;
}

async function benchDashboard(
  label: string,
  database: Database,
  app: ReturnType<typeof createApp>,
  deps: Context['deps'],
  organizationId: string,
) {
  const started = performance.now();
  await database.db
    .execute(sql`insert into feedback_cases (organization_id, reference, receipt, channel, received_at, language, category, sensitivity, status,
      submitter, narrative_enc, acknowledge_due, respond_due, acknowledged_at, responded_at)
    select ${organizationId}, 'B-' || g, 'BULK' || g, (array['hotline','sms','web','in_person','suggestion_box'])[1 + g % 5],
      now() - (g % 80) * interval '1 day', 'en', (array['appreciation','suggestion','request_information','complaint_non_sensitive'])[1 + g % 4],
      case when g % 500 = 0 then 'sea' else 'non_sensitive' end, (array['received','acknowledged','in_progress','responded','closed'])[1 + g % 5],
      jsonb_build_object('sex', (array['female','male','not_stated'])[1 + g % 3], 'ageBracket', (array['0-4','5-11','12-17','18-59','60+'])[1 + g % 5]),
      'x', now() - (g % 80) * interval '1 day' + interval '2 days', now() - (g % 80) * interval '1 day' + interval '14 days',
      now() - (g % 80) * interval '1 day' + interval '1 day', case when g % 5 >= 3 then now() - (g % 80) * interval '1 day' + (g % 20) * interval '1 day' end
    from generate_series(1, ${CASES}) g`);
  await database.db.execute(sql`analyze feedback_cases`);
  const seeded = (performance.now() - started) / 1000;
  const email = `me.${organizationId.slice(0, 8)}@example.org`;
  const { createUser } = await import('../src/server/services/users.service.js');
  await createUser(
    {
      deps,
      db: database.db,
      actor: systemActor('bench', organizationId),
      origin: { ip: null, userAgent: null },
      lang: 'en',
    },
    { email, name: 'M&E', role: 'me_officer', password: 'bench passphrase 2026' },
  );
  const login = await app.request('http://localhost/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench passphrase 2026' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const api = await median(
    5,
    async () => {
      const r = await app.request('http://localhost/api/v1/feedback-dashboard', {
        headers: { cookie },
      });
      if (r.status !== 200) throw new Error(`dashboard ${r.status}`);
      await r.json();
    },
    1,
  );
  const to = new Date(Date.now() + 1);
  const scope = {
    organizationId,
    includeSea: false,
    from: new Date(to.getTime() - 90 * 86_400_000),
    to,
  };
  const rawMs = await median(
    5,
    () =>
      Promise.all([
        ...(['channel', 'category', 'status', 'sex', 'ageBracket', 'disability'] as const).map(
          (d) => countBy(database.db, scope, d),
        ),
        countBySatisfaction(database.db, scope),
        responseTimes(database.db, scope),
        totals(database.db, scope),
      ]),
    1,
  );
  console.log(
    `${label.padEnd(10)} feedback dashboard over ${CASES} cases (seeded in ${seeded.toFixed(0)} s): API ${api.toFixed(0)} ms, raw SQL (same 9 statements) ${rawMs.toFixed(0)} ms → ratio ${(api / rawMs).toFixed(2)}`,
  );
}
