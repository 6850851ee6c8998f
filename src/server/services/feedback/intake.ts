/**
 * Logging a case, whatever the channel: triage (fail safe: likely SEA goes to the PSEA lane until a
 * PSEA focal point reviews it), deadlines, encryption, idempotency. A retry returns the original case.
 */
import crypto from 'node:crypto';
import {
  createFeedbackRequestSchema,
  type CreateFeedbackRequest,
  type Sensitivity,
} from '../../../core/feedback/feedback.schema.js';
import { AppError } from '../../../core/errors.js';
import {
  findCaseByIdempotencyKey,
  findCaseBySource,
  type FeedbackRow,
} from '../../repos/feedback.repo.js';
import { auditRow } from '../audit.service.js';
import type { Context } from '../context.js';
import { persistCases, type PreparedCase } from './persist-cases.js';

const RECEIPT_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A short code without look-alike characters, for people to note down. */
function randomCode(length: number): string {
  const bytes = crypto.randomBytes(length);
  return [...bytes].map((b) => RECEIPT_ALPHABET[b % RECEIPT_ALPHABET.length]).join('');
}

function hashRequest(input: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

export interface IntakeOptions {
  organizationId: string;
  idempotencyKey?: string | undefined;
  sourceMessageId?: string | undefined;
}

/**
 * Logs a case (or returns the one a retry refers to); `created` says which. Outside a transaction
 * the case goes through the database's group-commit writer; inside one (an import) it is written
 * in that transaction.
 */
export async function logCase(
  ctx: Context,
  request: CreateFeedbackRequest,
  given: IntakeOptions,
): Promise<{ row: FeedbackRow; created: boolean }> {
  const options = withoutControlCharacters(given);
  for (let attempt = 0; attempt < 3; attempt++) {
    const prepared = prepareCase(ctx, request, options);
    const row =
      ctx.db === ctx.deps.database.db
        ? await ctx.deps.writeCase(prepared)
        : (await persistCases(ctx.db, [prepared]))[0];
    if (row) return { row, created: true };
    const earlier = await findEarlier(ctx, options);
    if (earlier) {
      return {
        row: assertSameRequest(earlier, prepared.values.requestHash!, options),
        created: false,
      };
    }
    // Skipped without an earlier case: the random reference or receipt was taken. Draw again.
  }
  throw new AppError('conflict', 'code.conflict');
}

/** Validates, triages (likely SEA seals the case) and encrypts a case for the writer. */
function prepareCase(
  ctx: Context,
  request: CreateFeedbackRequest,
  options: IntakeOptions,
): PreparedCase {
  const input = createFeedbackRequestSchema.parse(withoutControlCharacters(request));
  const triage = ctx.deps.triage(input.narrative);
  const sensitivity: Sensitivity = triage.likelySea ? 'sea' : input.sensitivity;
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : ctx.deps.now();
  const { cipher } = ctx.deps;
  return {
    values: {
      organizationId: options.organizationId,
      reference: `FB-${receivedAt.toISOString().slice(2, 7).replace('-', '')}-${randomCode(6)}`,
      receipt: randomCode(10),
      channel: input.channel,
      receivedAt,
      language: input.language ?? null,
      category: input.category ?? (sensitivity === 'non_sensitive' ? null : 'complaint_sensitive'),
      sensitivity,
      urgency: triage.flags.includes('child_safeguarding') ? 'urgent' : input.urgency,
      projectId: input.projectId ?? null,
      sector: input.sector ?? null,
      country: input.country ?? null,
      adminAreas: input.adminAreas,
      anonymous: input.anonymous,
      consentToContact: input.consentToContact,
      contactEnc: input.contact ? cipher.encrypt(JSON.stringify(input.contact)) : null,
      narrativeEnc: cipher.encrypt(input.narrative),
      submitter: input.submitter ?? {},
      triageFlags: triage.flags,
      reviewRequired: triage.flags.length > 0,
      loggedBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
      idempotencyKey: options.idempotencyKey ?? null,
      requestHash: hashRequest(input),
      sourceMessageId: options.sourceMessageId ?? null,
    },
    audit: auditRow(ctx, {
      action: 'feedback.create',
      organizationId: options.organizationId,
      targetType: 'feedback_case',
      details: { channel: input.channel, sensitivity, flags: triage.flags },
    }),
  };
}

// C0 controls other than tab and line breaks carry no meaning in a message, and PostgreSQL cannot
// store NUL; bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can
// make staff pages show a file name or a phone number reversed ("gpj.exe" read as "exe.jpg").
// Both are dropped from every string of the request; the marks U+200E/U+200F, which Arabic text
// uses, are kept. Matching them is the point here.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

function stripControls(value: string): string {
  return value.replace(CONTROLS, '');
}

function withoutControlCharacters<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (Array.isArray(value)) return value.map(withoutControlCharacters) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withoutControlCharacters(v)]),
    ) as T;
  }
  return value;
}

async function findEarlier(ctx: Context, options: IntakeOptions) {
  if (options.idempotencyKey)
    return findCaseByIdempotencyKey(ctx.db, options.organizationId, options.idempotencyKey);
  if (options.sourceMessageId)
    return findCaseBySource(ctx.db, options.organizationId, 'sms', options.sourceMessageId);
  return undefined;
}

function assertSameRequest(
  row: FeedbackRow,
  requestHash: string,
  options: IntakeOptions,
): FeedbackRow {
  if (options.idempotencyKey && row.requestHash !== requestHash) {
    throw new AppError('conflict', 'feedback.idempotency_key_reused', {
      fields: [{ path: 'Idempotency-Key', code: 'reused' }],
    });
  }
  return row;
}
