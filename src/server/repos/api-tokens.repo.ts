import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { apiTokenOffices, apiTokens, offices, users } from '../db/schema.js';

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

/** The token with this hash, with its office scope. */
export async function findApiTokenByHash(db: Db, tokenHash: string) {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
  if (!row) return undefined;
  const scope = await db
    .select({ officeId: apiTokenOffices.officeId, country: offices.country })
    .from(apiTokenOffices)
    .innerJoin(offices, eq(offices.id, apiTokenOffices.officeId))
    .where(eq(apiTokenOffices.tokenId, row.id));
  return {
    ...row,
    officeIds: scope.map((s) => s.officeId),
    countries: scope.map((s) => s.country),
  };
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
