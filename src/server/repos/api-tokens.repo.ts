import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { selectRows, type Db } from '../db/database.js';
import { apiTokenOffices, apiTokens, users } from '../db/schema.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** Stores a token (its hash only) and its office scope. */
export async function insertApiToken(
  db: Db,
  values: typeof apiTokens.$inferInsert,
  officeIds: readonly string[],
) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  if (officeIds.length > 0) {
    await db.insert(apiTokenOffices).values(
      officeIds.map((officeId) => ({
        organizationId: row!.organizationId,
        tokenId: row!.id,
        officeId,
      })),
    );
  }
  return row!;
}

interface TokenLookupRow {
  id: string;
  organization_id: string;
  prefix: string;
  role: string;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
  last_used_at: Date | string | null;
  scope: { officeId: string; country: string }[] | string;
}

/**
 * What authenticating a bearer token needs: the token and its office scope. One plain statement,
 * since it runs on every webhook call.
 */
export async function findApiTokenByHash(db: Db, tokenHash: string) {
  const [row] = await selectRows<TokenLookupRow>(
    db,
    sql`select t.id, t.organization_id, t.prefix, t.role, t.expires_at, t.revoked_at,
      t.last_used_at, coalesce((select json_agg(json_build_object('officeId', o.id, 'country', o.country))
        from api_token_offices tof join offices o on o.id = tof.office_id
        where tof.token_id = t.id), '[]'::json) as scope
      from api_tokens t where t.token_hash = ${tokenHash}`,
  );
  if (!row) return undefined;
  const scope: { officeId: string; country: string }[] =
    typeof row.scope === 'string' ? JSON.parse(row.scope) : row.scope;
  return {
    id: row.id,
    organizationId: row.organization_id,
    prefix: row.prefix,
    role: row.role,
    expiresAt: asDate(row.expires_at),
    revokedAt: asDate(row.revoked_at),
    lastUsedAt: asDate(row.last_used_at),
    officeIds: scope.map((s) => s.officeId),
    countries: scope.map((s) => s.country),
  };
}

function asDate(value: Date | string | null): Date | null {
  return value === null ? null : new Date(value);
}

/** An organisation's tokens, newest first, with the creator's email. */
export function listApiTokens(db: Db, organizationId: string) {
  return db
    .select({ token: apiTokens, createdByEmail: users.email })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.organizationId, organizationId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

/** Finds one token of an organisation. */
export async function findApiToken(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.organizationId, organizationId), eq(apiTokens.id, id)));
  return row;
}

/** Revokes a token that is still live; returns whether it was. */
export async function revokeApiToken(db: Db, organizationId: string, id: string, at: Date) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(
      and(
        eq(apiTokens.organizationId, organizationId),
        eq(apiTokens.id, id),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** Revokes every live token a user created (the user was disabled). */
export async function revokeApiTokensOfCreator(db: Db, userId: string, at: Date) {
  await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.createdBy, userId), isNull(apiTokens.revokedAt)));
}

/** Records when a token was last used. */
export async function touchApiToken(db: Db, id: string, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
