/**
 * The authorisation policy: one declared table, action → who may do it and under which scope rule.
 * Every HTTP route names an action of this table (the route registry refuses one that does not),
 * and every service checks it with `authorize`. An action that is not here is denied.
 */
import { ROLES, type Role } from '../auth/roles.js';

/**
 * - `public`: anyone, signed in or not.
 * - `self`: any signed-in user, acting on their own account (not API tokens).
 * - `organization`: records of the actor's organisation; an office-scoped actor only reaches
 *   records whose offices are all within their scope.
 */
export type ScopeRule = 'public' | 'self' | 'organization';

export interface PolicyEntry {
  roles: readonly Role[];
  scope: ScopeRule;
  /** Whether API tokens may perform it (integrations); users always may when their role allows. */
  tokens: boolean;
  description: string;
}

const ALL: readonly Role[] = ROLES;
const ADMIN: readonly Role[] = ['admin'];

export const POLICY = {
  'health.read': { roles: ALL, scope: 'public', tokens: true, description: 'Service health' },
  'openapi.read': { roles: ALL, scope: 'public', tokens: true, description: 'API description' },
  'framework.read': {
    roles: ALL,
    scope: 'public',
    tokens: true,
    description: 'Principles, phases, sectors, glossary',
  },
  'auth.login': { roles: ALL, scope: 'public', tokens: false, description: 'Sign in' },
  'auth.logout': { roles: ALL, scope: 'self', tokens: false, description: 'Sign out' },
  'me.read': { roles: ALL, scope: 'self', tokens: false, description: 'Own account' },
  'me.totp': { roles: ALL, scope: 'self', tokens: false, description: 'Own second factor' },
  'offices.list': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Country offices',
  },
  'users.list': { roles: ADMIN, scope: 'organization', tokens: false, description: 'List users' },
  'users.read': { roles: ADMIN, scope: 'organization', tokens: false, description: 'Read a user' },
  'users.create': { roles: ADMIN, scope: 'organization', tokens: false, description: 'Add users' },
  'users.update': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: 'Change role, scope, disable',
  },
  'apiTokens.list': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: 'List API tokens',
  },
  'apiTokens.create': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: 'Create API tokens',
  },
  'apiTokens.revoke': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: 'Revoke API tokens',
  },
  'audit.list': { roles: ADMIN, scope: 'organization', tokens: false, description: 'Read audit' },
} as const satisfies Record<string, PolicyEntry>;

export type PolicyAction = keyof typeof POLICY;

/** Whether a string names a declared action. */
export function isPolicyAction(value: string): value is PolicyAction {
  return Object.hasOwn(POLICY, value);
}

/** The entry of an action, or undefined for an undeclared one (which every check denies). */
export function policyOf(action: string): PolicyEntry | undefined {
  return isPolicyAction(action) ? POLICY[action] : undefined;
}
