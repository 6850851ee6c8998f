/** Managing the accounts of an organisation (admins), with the audit of every change. */
import { checkPassword } from '../../core/auth/password-policy.js';
import { isRole } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { organizationOf } from '../../core/policy/actor.js';
import { authorize, isWithinScope } from '../../core/policy/authorize.js';
import type { Page } from '../../core/shared/pagination.schema.js';
import { isLanguageCode } from '../../core/shared/language.js';
import type {
  CreateUserRequest,
  ListUsersQuery,
  UpdateUserRequest,
  User,
} from '../../core/users/user.schema.js';
import { createUserRequestSchema } from '../../core/users/user.schema.js';
import { inTransaction, type Db } from '../db/database.js';
import type { OfficeRow } from '../repos/organizations.repo.js';
import { listOffices } from '../repos/organizations.repo.js';
import { revokeApiTokensOfCreator } from '../repos/api-tokens.repo.js';
import { deleteSessionsOfUser } from '../repos/sessions.repo.js';
import {
  findUser,
  findUserByEmail,
  insertUser,
  listUsers,
  officesOfUsers,
  replaceUserOffices,
  updateUserIfVersion,
  type UserRow,
} from '../repos/users.repo.js';
import { hashPassword } from '../security/passwords.js';
import { recordAudit } from './audit.service.js';
import { withDb, type Context } from './context.js';

/** One page of the organisation's users. */
export async function listUsersPage(ctx: Context, query: ListUsersQuery): Promise<Page<User>> {
  authorize(ctx.actor, 'users.list');
  const organizationId = organizationOf(ctx.actor);
  const within = ctx.actor?.kind === 'system' ? null : (ctx.actor?.officeIds ?? null);
  const { items, total } = await listUsers(ctx.db, organizationId, query, within);
  const offices = await officesOfUsers(
    ctx.db,
    items.map((u) => u.id),
  );
  const visible = items.map((u) => toUser(u, offices.get(u.id) ?? []));
  return { items: visible, total, page: query.page, pageSize: query.pageSize };
}

/** One user of the organisation; a user of another organisation is not found. */
export async function getUser(ctx: Context, id: string): Promise<User> {
  const { user, offices } = await loadUserInScope(ctx, 'users.read', id);
  return toUser(user, offices);
}

/** Creates an account; the password is checked against the policy and stored as argon2id. */
export async function createUser(ctx: Context, request: CreateUserRequest): Promise<User> {
  authorize(ctx.actor, 'users.create');
  const organizationId = organizationOf(ctx.actor);
  const input = createUserRequestSchema.parse(request);
  assertPasswordAcceptable(input.password, input.email);
  const officeRows = await resolveOffices(ctx, organizationId, input.officeIds);
  assertOfficesInScope(ctx, organizationId, input.officeIds);
  if (await findUserByEmail(ctx.db, input.email)) {
    throw new AppError('conflict', 'users.email_taken', {
      fields: [{ path: 'email', code: 'taken' }],
    });
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, async (tx) => {
    const { password: _password, officeIds, ...fields } = input;
    const user = await insertUser(tx, { ...fields, organizationId, passwordHash }, officeIds);
    await recordAudit(withDb(ctx, tx), {
      action: 'users.create',
      targetType: 'user',
      targetId: user.id,
      details: { role: user.role, officeIds },
    });
    return toUser(user, officeRows);
  });
}

/** Changes a user's name, role, language, scope or status; a stale version is a conflict. */
export async function updateUser(
  ctx: Context,
  id: string,
  input: UpdateUserRequest,
): Promise<User> {
  const { user } = await loadUserInScope(ctx, 'users.update', id);
  const actor = ctx.actor!;
  if (
    actor.kind === 'user' &&
    actor.id === id &&
    (input.disabled || (input.role && input.role !== 'admin'))
  ) {
    throw new AppError('conflict', 'users.cannot_demote_self');
  }
  const officeRows = input.officeIds
    ? await resolveOffices(ctx, user.organizationId, input.officeIds)
    : null;
  return inTransaction(ctx.db, async (tx) => {
    const { version, officeIds, disabled, ...fields } = input;
    const changes = {
      ...fields,
      ...(disabled === undefined ? {} : { disabledAt: disabled ? ctx.deps.now() : null }),
    };
    const updated = await updateUserIfVersion(tx, user.organizationId, id, version, changes);
    if (!updated) throw await staleVersion(tx, user.organizationId, id);
    if (officeIds) await replaceUserOffices(tx, user.organizationId, id, officeIds);
    const accessChanged =
      disabled === true || (input.role && input.role !== user.role) || officeIds;
    if (accessChanged) await deleteSessionsOfUser(tx, id);
    if (disabled === true) await revokeApiTokensOfCreator(tx, id, ctx.deps.now());
    await recordAudit(withDb(ctx, tx), {
      action: disabled === true ? 'users.disable' : 'users.update',
      targetType: 'user',
      targetId: id,
      details: { changed: Object.keys(input).filter((k) => k !== 'version'), role: updated.role },
    });
    const offices = officeRows ?? (await officesOfUsers(tx, [id])).get(id) ?? [];
    return toUser(updated, offices);
  });
}

async function loadUserInScope(ctx: Context, action: 'users.read' | 'users.update', id: string) {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const user = await findUser(ctx.db, organizationId, id);
  if (!user) throw new AppError('not_found', 'record.not_found');
  const offices = (await officesOfUsers(ctx.db, [id])).get(id) ?? [];
  authorize(ctx.actor, action, { organizationId, officeIds: offices.map((o) => o.id) });
  return { user, offices };
}

async function resolveOffices(ctx: Context, organizationId: string, ids: readonly string[]) {
  const known = new Map((await listOffices(ctx.db, organizationId)).map((o) => [o.id, o]));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', 'users.unknown_office', {
      fields: [{ path: 'officeIds', code: 'unknown_office' }],
    });
  }
  return [...new Set(ids)].map((id) => known.get(id)!);
}

/** A new record's offices must lie within the creator's scope (office-scoped admins). */
export function assertOfficesInScope(ctx: Context, organizationId: string, officeIds: string[]) {
  if (ctx.actor && !isWithinScope(ctx.actor, { organizationId, officeIds })) {
    throw new AppError('forbidden', 'users.outside_scope', {
      fields: [{ path: 'officeIds', code: 'outside_scope' }],
    });
  }
}

/** Throws `validation_failed` naming the password field when the policy refuses it. */
export function assertPasswordAcceptable(password: string, email: string): void {
  const problem = checkPassword(password, email);
  if (problem) {
    throw new AppError('validation_failed', `password.${problem}`, {
      fields: [{ path: 'password', code: problem }],
    });
  }
}

/** A conflict carrying the record as it is now, so the editor can show it and retry. */
async function staleVersion(db: Db, organizationId: string, id: string): Promise<AppError> {
  const current = await findUser(db, organizationId, id);
  if (!current) return new AppError('not_found', 'record.not_found');
  const offices = (await officesOfUsers(db, [id])).get(id) ?? [];
  return new AppError('conflict', 'record.stale_version', { current: toUser(current, offices) });
}

/** Presents a user row without its secrets. */
export function toUser(row: UserRow, offices: readonly OfficeRow[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : 'viewer',
    locale: isLanguageCode(row.locale) ? row.locale : 'en',
    offices: offices.map((o) => ({ id: o.id, code: o.code, name: o.name, country: o.country })),
    totpEnabled: row.totpEnabled,
    disabled: row.disabledAt !== null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
