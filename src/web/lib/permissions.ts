import type { Role } from '../../core/auth/roles.js';
import { policyOf } from '../../core/policy/policy.js';
import { findTransition, type ProjectPhase } from '../../core/projects/phase.js';
import { useCurrentUser } from '../features/auth/use-me.js';

/**
 * Whether a role may perform an action of the shared policy table. The server decides in the
 * end; this only hides buttons that would be refused. `fallback` covers actions the table does
 * not declare yet.
 */
export function roleCan(role: Role, action: string, fallback: readonly Role[] = []): boolean {
  const entry = policyOf(action);
  return (entry ? entry.roles : fallback).includes(role);
}

/**
 * Whether the signed-in user may perform `resource.verb` of the policy table (see roleCan), e.g.
 * useCan('checklist', 'answer').
 */
export function useCan(resource: string, verb: string, fallback: readonly Role[] = []): boolean {
  return roleCan(useCurrentUser().role, `${resource}.${verb}`, fallback);
}

/** Whether a role may move a project from one phase to another. */
export function roleCanTransition(role: Role, from: ProjectPhase, to: ProjectPhase): boolean {
  return findTransition(from, to)?.roles.includes(role) ?? false;
}

/** Viewers see portfolio aggregates only: no projects, no actions. */
export function isStaff(role: Role): boolean {
  return role !== 'viewer';
}

/** Who manages follow-up actions, until the policy table declares `actions.*`. */
export const ACTION_EDITORS: readonly Role[] = [
  'admin',
  'project_manager',
  'protection_officer',
  'me_officer',
];
