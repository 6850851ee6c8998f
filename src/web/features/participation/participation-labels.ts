import type { Role } from '../../../core/auth/roles.js';
import { roleCan } from '../../lib/permissions.js';

/** Who may list and read consultations and committees (staff). */
export const canReadParticipation = (role: Role) => roleCan(role, 'consultations.read');
/** Who may record and revise them. */
export const canRecordParticipation = (role: Role) => roleCan(role, 'consultations.create');
/** Who may see the participation chart (everyone; viewers get it suppressed). */
export const canSeeParticipationChart = (role: Role) => roleCan(role, 'consultations.chart');

/** A place's name in the interface language, else English, else its P-code. */
export function placeLabel(
  place: { names: Record<string, string | undefined> } | null,
  pcode: string,
  lang: string,
): string {
  return place?.names[lang] ?? place?.names.en ?? pcode;
}

/** A new idempotency key for one submission of a form (kept across retries of that submission). */
export function newSubmissionKey(): string {
  return crypto.randomUUID();
}
