/** API tokens for integrations (SMS gateways, KoboToolbox hooks): shown once, hashed at rest. */
import type { ApiToken, CreateApiTokenRequest } from '../../core/auth/api-token.schema.js';
import { createApiTokenRequestSchema } from '../../core/auth/api-token.schema.js';
import { isRole } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { organizationOf } from '../../core/policy/actor.js';
import { authorize } from '../../core/policy/authorize.js';
import { inTransaction } from '../db/database.js';
import {
  findApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  type ApiTokenRow,
} from '../repos/api-tokens.repo.js';
import { listOffices } from '../repos/organizations.repo.js';
import { hashToken, randomToken } from '../security/secrets.js';
import { recordAudit } from './audit.service.js';
import { assertOfficesInScope } from './users.service.js';
import { withDb, type Context } from './context.js';

const TOKEN_PREFIX = 'mst_';

/** The organisation's tokens, without their secrets. */
export async function listTokens(ctx: Context): Promise<{ items: ApiToken[] }> {
  authorize(ctx.actor, 'apiTokens.list');
  const rows = await listApiTokens(ctx.db, organizationOf(ctx.actor));
  return { items: rows.map((r) => toApiToken(r.token, r.createdByEmail)) };
}

/** Creates a token and returns it in clear this one time. */
export async function createToken(ctx: Context, request: CreateApiTokenRequest) {
  authorize(ctx.actor, 'apiTokens.create');
  const organizationId = organizationOf(ctx.actor);
  const input = createApiTokenRequestSchema.parse(request);
  const known = new Set((await listOffices(ctx.db, organizationId)).map((o) => o.id));
  if (input.officeIds.some((id) => !known.has(id))) {
    throw new AppError('validation_failed', 'users.unknown_office', {
      fields: [{ path: 'officeIds', code: 'unknown_office' }],
    });
  }
  assertOfficesInScope(ctx, organizationId, input.officeIds);
  const token = randomToken(32, TOKEN_PREFIX);
  const now = ctx.deps.now();
  const expiresAt = input.expiresInDays
    ? new Date(now.getTime() + input.expiresInDays * 86_400_000)
    : null;
  return inTransaction(ctx.db, async (tx) => {
    const row = await insertApiToken(
      tx,
      {
        organizationId,
        name: input.name,
        role: input.role,
        tokenHash: hashToken(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
        createdAt: now,
        expiresAt,
      },
      input.officeIds,
    );
    await recordAudit(withDb(ctx, tx), {
      action: 'apiTokens.create',
      targetType: 'api_token',
      targetId: row.id,
      details: { role: row.role, officeIds: input.officeIds },
    });
    return { ...toApiToken(row, ctx.actor?.label ?? null), token };
  });
}

/** Revokes a token at once; revoking twice is harmless. */
export async function revokeToken(ctx: Context, id: string): Promise<void> {
  authorize(ctx.actor, 'apiTokens.revoke');
  const organizationId = organizationOf(ctx.actor);
  const row = await findApiToken(ctx.db, organizationId, id);
  if (!row) throw new AppError('not_found', 'record.not_found');
  await inTransaction(ctx.db, async (tx) => {
    const revoked = await revokeApiToken(tx, organizationId, id, ctx.deps.now());
    if (revoked) {
      await recordAudit(withDb(ctx, tx), {
        action: 'apiTokens.revoke',
        targetType: 'api_token',
        targetId: id,
      });
    }
  });
}

function toApiToken(row: ApiTokenRow, createdBy: string | null): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: isRole(row.role) ? row.role : 'viewer',
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    createdBy,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
