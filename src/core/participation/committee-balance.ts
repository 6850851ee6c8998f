/**
 * The balance indicator of a committee: the share of women and of persons with disabilities among
 * its members, each against the committee's target, and whether women hold a leadership role.
 */
import { LEADERSHIP_ROLES, type BalanceTargets, type MemberGroup } from './committee.schema.js';

export type BalanceFlag = 'met' | 'below';

export interface BalanceIndicator {
  members: number;
  women: number;
  personsWithDisabilities: number;
  womenShare: number;
  disabilityShare: number;
  womenFlag: BalanceFlag;
  disabilityFlag: BalanceFlag;
  womenInLeadership: boolean;
  /** Met when every flag is met and women hold a leadership role. */
  balanced: boolean;
}

const sum = (groups: readonly Pick<MemberGroup, 'count'>[]) =>
  groups.reduce((total, g) => total + g.count, 0);

/** Shares rounded to 0.1 %, so a target of 0.5 is met by 5 of 10 without float surprises. */
const shareOf = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;

/** The indicator of a membership against its targets. */
export function committeeBalance(
  members: readonly { role: string; sex: string; hasDisability: boolean; count: number }[],
  targets: BalanceTargets,
): BalanceIndicator {
  const total = sum(members);
  const women = sum(members.filter((m) => m.sex === 'female'));
  const disabled = sum(members.filter((m) => m.hasDisability));
  const womenShare = shareOf(women, total);
  const disabilityShare = shareOf(disabled, total);
  const womenFlag: BalanceFlag = womenShare >= targets.womenShare ? 'met' : 'below';
  const disabilityFlag: BalanceFlag = disabilityShare >= targets.disabilityShare ? 'met' : 'below';
  const womenInLeadership = members.some(
    (m) => m.sex === 'female' && m.count > 0 && LEADERSHIP_ROLES.includes(m.role),
  );
  return {
    members: total,
    women,
    personsWithDisabilities: disabled,
    womenShare,
    disabilityShare,
    womenFlag,
    disabilityFlag,
    womenInLeadership,
    balanced: womenFlag === 'met' && disabilityFlag === 'met' && womenInLeadership,
  };
}
