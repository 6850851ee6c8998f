/**
 * Making a referral (decision 028): refused with 409 and nothing stored without consent; with
 * consent, only the consented facts are shared; under an override, the reason is kept and audited.
 * A retry with the same Idempotency-Key answers the referral already made.
 */
import crypto from 'node:crypto';
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { invalidInput } from '../../../core/risk/invalid-input.js';
import { minimumShared } from '../../../core/services/minimum-shared.js';
import {
  createReferralRequestSchema,
  overrideReferralRequestSchema,
  type Consent,
  type CreateReferralRequest,
  type Referral,
} from '../../../core/services/referral.schema.js';
import { inTransaction } from '../../db/database.js';
import {
  findReferral,
  findReferralByIdempotencyKey,
  insertReferral,
} from '../../repos/referrals.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { toReferral } from './present-referral.js';
import { caseToRefer, serviceToReferTo } from './referral-scope.js';

type Request = Omit<CreateReferralRequest, 'consent'>;
interface Basis {
  consent: Consent | null;
  overrideReason: string | null;
}

const hash = (input: unknown) =>
  crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex');
const today = (ctx: Context) => ctx.deps.now().toISOString().slice(0, 10);

/** The referral an earlier identical request made, or 409 when the key was used for another. */
async function earlier(ctx: Context, key: string | undefined, requestHash: string) {
  if (!key) return undefined;
  const row = await findReferralByIdempotencyKey(ctx.db, organizationOf(ctx.actor), key);
  if (row && row.requestHash !== requestHash)
    throw new AppError('conflict', 'referrals.idempotency_key_reused');
  return row;
}

async function makeReferral(
  ctx: Context,
  request: Request,
  basis: Basis,
  key: string | undefined,
): Promise<Referral> {
  const requestHash = hash({ request, basis });
  const retried = await earlier(ctx, key, requestHash);
  if (retried) return toReferral(retried, ctx.deps.cipher, today(ctx));
  const service = await serviceToReferTo(ctx, request.serviceId);
  const referredCase = await caseToRefer(ctx, request.feedbackCaseId);
  const { shared, fields, notConsented } = minimumShared(request.person, basis.consent);
  if (notConsented.length)
    throw invalidInput(
      'referrals.not_consented',
      notConsented.map((f) => ({ path: `person.${f}`, code: 'not_consented' })),
    );
  const sensitivity =
    referredCase?.sensitivity ?? (service.type === 'gbv' ? 'sensitive' : 'non_sensitive');
  const userId = ctx.actor?.kind === 'user' ? ctx.actor.id : null;
  const id = await inTransaction(ctx.db, async (tx) => {
    const row = await insertReferral(tx, {
      organizationId: service.organizationId,
      reference: `REF-${today(ctx).slice(0, 4)}-${crypto.randomBytes(4).toString('hex').toUpperCase()}`,
      serviceId: service.id,
      serviceType: service.type,
      country: service.country,
      feedbackCaseId: referredCase?.id ?? null,
      sensitivity,
      consent: basis.consent,
      overrideReason: basis.overrideReason,
      overriddenBy: basis.overrideReason ? userId : null,
      sharedFields: fields,
      sharedEnc: ctx.deps.cipher.encrypt(JSON.stringify(shared)),
      followUpOn: request.followUpOn,
      idempotencyKey: key ?? null,
      requestHash,
      referredBy: userId,
    });
    await recordAudit(withDb(ctx, tx), {
      action: basis.overrideReason ? 'referrals.override' : 'referrals.create',
      targetType: 'referral',
      targetId: row.id,
      details: {
        serviceId: service.id,
        serviceType: service.type,
        feedbackCaseId: row.feedbackCaseId,
        sharedFields: fields,
        basis: basis.consent ? `consent_${basis.consent.givenBy}` : 'override',
      },
    });
    return row.id;
  });
  return toReferral(
    (await findReferral(ctx.db, service.organizationId, id))!,
    ctx.deps.cipher,
    today(ctx),
  );
}

/** A referral with the person's recorded consent; without it, 409 and nothing stored or sent. */
export async function createReferral(ctx: Context, input: unknown, key?: string) {
  authorize(ctx.actor, 'referrals.create');
  const { consent, ...request } = createReferralRequestSchema.parse(input);
  if (!consent)
    throw new AppError('conflict', 'referrals.consent_required', {
      fields: [{ path: 'consent', code: 'required' }],
    });
  return makeReferral(ctx, request, { consent, overrideReason: null }, key);
}

/** A referral without consent by a user holding the override permission, with a reason. */
export async function overrideReferral(ctx: Context, input: unknown, key?: string) {
  authorize(ctx.actor, 'referrals.override');
  const { overrideReason, ...request } = overrideReferralRequestSchema.parse(input);
  return makeReferral(ctx, request, { consent: null, overrideReason }, key);
}
