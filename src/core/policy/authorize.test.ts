import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { systemActor } from './actor.js';
import { authorize, isWithinScope } from './authorize.js';

const ORG = 'org-1';
const user = (overrides: Partial<Extract<Actor, { kind: 'user' }>> = {}): Actor => ({
  kind: 'user',
  id: 'u1',
  label: 'u1@example.org',
  organizationId: ORG,
  role: 'admin',
  officeIds: null,
  countries: null,
  sessionId: 's1',
  ...overrides,
});
const token = (overrides: Partial<Extract<Actor, { kind: 'token' }>> = {}): Actor => ({
  kind: 'token',
  id: 't1',
  label: 'token:mst_x',
  organizationId: ORG,
  role: 'admin',
  officeIds: null,
  countries: null,
  ...overrides,
});

function outcome(run: () => void): string {
  try {
    run();
    return 'allowed';
  } catch (error) {
    return AppError.isAppError(error) ? error.code : 'thrown';
  }
}

describe('authorize', () => {
  it.each([
    ['anyone reads a public action', null, 'framework.read', undefined, 'allowed'],
    ['anonymous on a protected action', null, 'users.list', undefined, 'unauthenticated'],
    [
      'an undeclared action is denied even for admins',
      user(),
      'users.delete_everything',
      undefined,
      'forbidden',
    ],
    ['admin lists users', user(), 'users.list', undefined, 'allowed'],
    ...(['me.read', 'me.totp', 'auth.logout', 'framework.read'] as const).map(
      (action) =>
        [
          `a session setting up its second factor may ${action}`,
          user({ secondFactorSetupRequired: true }),
          action,
          undefined,
          'allowed',
        ] as const,
    ),
    [
      'a session setting up its second factor may do nothing else',
      user({ secondFactorSetupRequired: true }),
      'users.list',
      undefined,
      'second_factor_setup_required',
    ],
    ['viewer lists users', user({ role: 'viewer' }), 'users.list', undefined, 'forbidden'],
    ['a token cannot act on "self"', token(), 'me.read', undefined, 'forbidden'],
    ['a token cannot do what tokens may not', token(), 'users.list', undefined, 'forbidden'],
    ['a token lists offices', token({ role: 'viewer' }), 'offices.list', undefined, 'allowed'],
    [
      'another organisation is not found',
      user(),
      'users.read',
      { organizationId: 'org-2' },
      'not_found',
    ],
    [
      'own organisation',
      user(),
      'users.read',
      { organizationId: ORG, officeIds: ['a'] },
      'allowed',
    ],
    [
      'office scope inside',
      user({ officeIds: ['a', 'b'] }),
      'users.read',
      { organizationId: ORG, officeIds: ['a'] },
      'allowed',
    ],
    [
      'office scope outside',
      user({ officeIds: ['a'] }),
      'users.read',
      { organizationId: ORG, officeIds: ['a', 'c'] },
      'not_found',
    ],
    [
      'office scope vs organisation-wide record',
      user({ officeIds: ['a'] }),
      'users.read',
      { organizationId: ORG, officeIds: [] },
      'not_found',
    ],
    [
      'system actor of the organisation',
      systemActor('cli', ORG),
      'users.create',
      { organizationId: ORG },
      'allowed',
    ],
    [
      'system actor of another organisation',
      systemActor('cli', 'org-2'),
      'users.create',
      { organizationId: ORG },
      'not_found',
    ],
  ] as const)('%s', (_name, actor, action, resource, expected) => {
    expect(outcome(() => authorize(actor, action, resource))).toBe(expected);
  });

  it('isWithinScope ignores offices for records without offices', () => {
    expect(isWithinScope(user({ officeIds: ['a'] }), { organizationId: ORG })).toBe(true);
  });
});
