/** Referrals: all SQL of referrals, with the name and provider of the service each went to. */
import { and, asc, count, desc, eq, inArray, isNotNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { directoryServices, referrals } from '../db/schema-services.js';

export type ReferralRow = typeof referrals.$inferSelect;
export type NewReferralRow = typeof referrals.$inferInsert;
export type ReferralWithService = ReferralRow & {
  serviceName: string;
  providerName: string;
};

export interface ReferralConditions {
  countries: readonly string[] | null;
  /** Whether SEA referrals are visible (PSEA focal points only). */
  seesSea: boolean;
  status?: string | undefined;
  serviceType?: string | undefined;
  feedbackCaseId?: string | undefined;
  /** Open referrals whose follow-up date is before this day. */
  overdueBefore?: string | undefined;
}

export function referralConditions(organizationId: string, f: ReferralConditions): SQL[] {
  const r = referrals;
  const where: SQL[] = [eq(r.organizationId, organizationId)];
  if (f.countries)
    where.push(f.countries.length ? inArray(r.country, [...f.countries]) : sql`false`);
  if (!f.seesSea) where.push(ne(r.sensitivity, 'sea'));
  if (f.status) where.push(eq(r.status, f.status));
  if (f.serviceType) where.push(eq(r.serviceType, f.serviceType));
  if (f.feedbackCaseId) where.push(eq(r.feedbackCaseId, f.feedbackCaseId));
  if (f.overdueBefore)
    where.push(
      inArray(r.status, ['sent', 'accepted']),
      isNotNull(r.followUpOn),
      lt(r.followUpOn, f.overdueBefore),
    );
  return where;
}

const withService = {
  serviceName: directoryServices.name,
  providerName: directoryServices.providerName,
};

function selectWithService(db: Db) {
  return db
    .select({ referral: referrals, ...withService })
    .from(referrals)
    .innerJoin(directoryServices, eq(directoryServices.id, referrals.serviceId));
}

const flatten = (r: { referral: ReferralRow; serviceName: string; providerName: string }) => ({
  ...r.referral,
  serviceName: r.serviceName,
  providerName: r.providerName,
});

const SORTS = { followUp: referrals.followUpOn, created: referrals.createdAt } as const;

export async function listReferrals(
  db: Db,
  organizationId: string,
  filters: ReferralConditions,
  page: { sort: string; page: number; pageSize: number },
) {
  const where = and(...referralConditions(organizationId, filters));
  const column = SORTS[page.sort.replace('-', '') as keyof typeof SORTS];
  const order = page.sort.startsWith('-') ? desc(column) : asc(column);
  const [rows, [total]] = await Promise.all([
    selectWithService(db)
      .where(where)
      .orderBy(order, asc(referrals.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(referrals).where(where),
  ]);
  return { items: rows.map(flatten), total: total?.value ?? 0 };
}

export async function findReferral(db: Db, organizationId: string, id: string) {
  const [row] = await selectWithService(db).where(
    and(eq(referrals.organizationId, organizationId), eq(referrals.id, id)),
  );
  return row ? flatten(row) : undefined;
}

export async function findReferralByIdempotencyKey(db: Db, organizationId: string, key: string) {
  const [row] = await selectWithService(db).where(
    and(eq(referrals.organizationId, organizationId), eq(referrals.idempotencyKey, key)),
  );
  return row ? flatten(row) : undefined;
}

export async function insertReferral(db: Db, values: NewReferralRow) {
  const [row] = await db.insert(referrals).values(values).returning();
  return row!;
}

export async function updateReferralIfVersion(
  db: Db,
  id: string,
  version: number,
  values: Partial<NewReferralRow>,
) {
  const [row] = await db
    .update(referrals)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(referrals.id, id), eq(referrals.version, version)))
    .returning();
  return row;
}

/** Referral counts by service type and status within the conditions. */
export function countReferrals(db: Db, organizationId: string, filters: ReferralConditions) {
  return db
    .select({ serviceType: referrals.serviceType, status: referrals.status, value: count() })
    .from(referrals)
    .where(and(...referralConditions(organizationId, filters)))
    .groupBy(referrals.serviceType, referrals.status);
}
