import { AppError } from '../errors.js';
import type { Role } from '../auth/roles.js';

/**
 * Who is acting: a signed-in user, an API token of an integration, or the system itself (CLI,
 * scheduled jobs). `officeIds` null means the whole organisation.
 */
export type Actor =
  | {
      kind: 'user';
      id: string;
      label: string;
      organizationId: string;
      role: Role;
      officeIds: string[] | null;
      /** Countries of the actor's offices; null with organisation-wide scope. */
      countries: string[] | null;
      sessionId: string | null;
      /** The session may only set up the second factor the organisation requires (decision 017). */
      secondFactorSetupRequired?: boolean;
    }
  | {
      kind: 'token';
      id: string;
      label: string;
      organizationId: string;
      role: Role;
      officeIds: string[] | null;
      countries: string[] | null;
    }
  | { kind: 'system'; id: null; label: string; organizationId: string | null };

/** The system actor used by the CLI and jobs: trusted, audited under its label. */
export function systemActor(label = 'cli', organizationId: string | null = null): Actor {
  return { kind: 'system', id: null, label, organizationId };
}

/** The organisation an actor acts in; a system actor must have been given one. */
export function organizationOf(actor: Actor | null): string {
  if (!actor?.organizationId) throw new AppError('forbidden', 'policy.no_organization');
  return actor.organizationId;
}
