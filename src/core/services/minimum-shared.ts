/** Only the minimum is shared (decision 028): the facts given, within what the person agreed to. */
import type { Consent, SharedFacts, ShareableField } from './referral.schema.js';
import { SHAREABLE_FIELDS } from './referral.schema.js';

export interface MinimumShared {
  shared: SharedFacts;
  fields: ShareableField[];
  /** Facts given that the person did not agree to share (the request is refused, naming them). */
  notConsented: ShareableField[];
}

/**
 * The facts to share and their names. Under consent, a fact outside `mayShare` is never shared;
 * under an override (no consent), what was given is shared and the audit records its names.
 */
export function minimumShared(facts: SharedFacts, consent: Consent | null): MinimumShared {
  const given = SHAREABLE_FIELDS.filter((f) => facts[f] !== undefined);
  const allowed = new Set<ShareableField>(consent ? consent.mayShare : SHAREABLE_FIELDS);
  const fields = given.filter((f) => allowed.has(f));
  const shared = Object.fromEntries(fields.map((f) => [f, facts[f]])) as SharedFacts;
  return { shared, fields, notConsented: given.filter((f) => !allowed.has(f)) };
}
