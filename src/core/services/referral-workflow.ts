/** The life of a referral (decision 028): sent → accepted or declined; accepted → completed. */

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['completed'],
  declined: [],
  completed: [],
};

/** The statuses a referral may move to from this one. */
export function nextStatuses(status: ReferralStatus): readonly ReferralStatus[] {
  return NEXT[status];
}

/** Whether a referral may move from one status to another (staying put is not a move). */
export function canMove(from: ReferralStatus, to: ReferralStatus): boolean {
  return NEXT[from].includes(to);
}

/** Whether a referral is closed (no follow-up is due any more). */
export function isClosed(status: ReferralStatus): boolean {
  return NEXT[status].length === 0;
}

/** Whether a follow-up is overdue: the referral is open and its date has passed. */
export function isFollowUpOverdue(
  status: ReferralStatus,
  followUpOn: string | null,
  today: string,
): boolean {
  return !isClosed(status) && followUpOn !== null && followUpOn < today;
}
