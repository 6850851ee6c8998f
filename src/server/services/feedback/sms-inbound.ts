/**
 * The SMS and messaging gateway webhook: a generic JSON shape or RapidPro's webhook shape,
 * deduplicated on the provider's message id (a retry returns the same case).
 */
import { z } from 'zod';
import { LANGUAGE_CODES } from '../../../core/shared/language.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { AppError } from '../../../core/errors.js';
import type { Context } from '../context.js';
import { logCase } from './intake.js';

export const genericSmsSchema = z
  .object({
    id: z.string().trim().min(1).max(200),
    from: z.string().trim().min(1).max(100),
    text: z.string().trim().min(1).max(5000),
    received_at: z.iso.datetime({ offset: true }).optional(),
    language: z.enum(LANGUAGE_CODES).optional(),
  })
  .strict();

/** RapidPro's flow webhook body (the parts used; RapidPro sends more, which is ignored). */
export const rapidProSchema = z
  .object({
    contact: z.object({ uuid: z.string(), urn: z.string().max(200).optional() }).loose(),
    run: z.object({ uuid: z.string().min(1).max(200) }).loose(),
    input: z
      .object({
        text: z.string().trim().min(1).max(5000),
        urn: z.string().max(200).optional(),
        uuid: z.string().max(200).optional(),
      })
      .loose(),
  })
  .loose();

export const smsInboundSchema = z.union([genericSmsSchema, rapidProSchema]);

export type SmsInbound = z.infer<typeof smsInboundSchema>;

interface InboundMessage {
  id: string;
  from: string;
  text: string;
  receivedAt?: string | undefined;
  language?: (typeof LANGUAGE_CODES)[number] | undefined;
}

function normalise(body: SmsInbound): InboundMessage {
  const generic = genericSmsSchema.safeParse(body);
  if (generic.success) {
    const m = generic.data;
    return {
      id: m.id,
      from: m.from,
      text: m.text,
      receivedAt: m.received_at,
      language: m.language,
    };
  }
  const r = rapidProSchema.parse(body);
  const from = (r.input.urn ?? r.contact.urn ?? '').replace(/^tel:/, '');
  return { id: r.input.uuid ?? r.run.uuid, from, text: r.input.text };
}

/** Logs an inbound message as a case; `created` is false for a retry of the same provider id. */
export async function receiveSms(ctx: Context, body: SmsInbound) {
  authorize(ctx.actor, 'channels.sms');
  const organizationId = organizationOf(ctx.actor);
  const message = normalise(body);
  if (!message.id)
    throw new AppError('validation_failed', 'validation.failed', {
      fields: [{ path: 'id', code: 'required' }],
    });
  const { row, created } = await logCase(
    ctx,
    {
      channel: 'sms',
      narrative: message.text,
      receivedAt: message.receivedAt,
      language: message.language,
      // Replying on the channel the person used is the purpose they gave the number for.
      consentToContact: message.from.length > 0,
      contact: message.from ? { phone: message.from } : undefined,
    },
    { organizationId, sourceMessageId: message.id },
  );
  return { created, body: { caseId: row.id, receipt: row.receipt } };
}
