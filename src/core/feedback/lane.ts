/**
 * Who sees what of a case (SECURITY.md, the SEA lane): SEA cases only by PSEA focal points; narratives
 * of sensitive cases and every contact detail only by the feedback desk roles.
 */
import type { Actor } from '../policy/actor.js';
import type { Sensitivity } from './feedback.schema.js';

const DESK = new Set(['feedback_operator', 'protection_officer', 'psea_focal_point']);

function roleOf(actor: Actor): string | null {
  return actor.kind === 'system' ? null : actor.role;
}

/** Whether the actor may see that the case exists at all. */
export function canSeeCase(actor: Actor, sensitivity: Sensitivity): boolean {
  if (actor.kind === 'system') return true;
  return sensitivity !== 'sea' || actor.role === 'psea_focal_point';
}

/** Whether the actor may read the narrative. */
export function canReadNarrative(actor: Actor, sensitivity: Sensitivity): boolean {
  if (!canSeeCase(actor, sensitivity)) return false;
  const role = roleOf(actor);
  return role === null || sensitivity === 'non_sensitive' || DESK.has(role);
}

/** Whether the actor may read the contact details. */
export function canReadContact(actor: Actor, sensitivity: Sensitivity): boolean {
  const role = roleOf(actor);
  return canSeeCase(actor, sensitivity) && (role === null || DESK.has(role));
}

/** Whether the actor may take a case out of the SEA lane. */
export function canReclassifySea(actor: Actor): boolean {
  return actor.kind === 'system' || actor.role === 'psea_focal_point';
}
