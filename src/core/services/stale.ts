/** When a directory entry needs checking again: never verified, or verified too long ago. */

/** Entries not verified within this many days are flagged (a referral to a closed service harms). */
export const STALE_AFTER_DAYS = 180;

/** The first day on which an entry verified before it counts as stale, as YYYY-MM-DD. */
export function staleBefore(today: Date, days = STALE_AFTER_DAYS): string {
  const limit = new Date(today.getTime() - days * 86_400_000);
  return limit.toISOString().slice(0, 10);
}

/** Whether an entry verified on this date (or never) is stale today. */
export function isStale(lastVerifiedOn: string | null, today: Date, days = STALE_AFTER_DAYS) {
  return lastVerifiedOn === null || lastVerifiedOn < staleBefore(today, days);
}
