/** How a site's risks moved between two audits, and its risk counts over audits (pure). */
import type { Answer, RiskChange, RiskCounts } from './safety-audit.schema.js';
import type { RiskLevel } from './safety-site.schema.js';

const RANK: Record<RiskLevel, number> = { low: 1, medium: 2, high: 3 };

export interface RatedAnswer {
  itemCode: string;
  answer: Answer;
  risk: RiskLevel | null;
}

/** The change of one item: `new` when the previous audit did not rate it; null on a first audit. */
export function riskChange(
  now: RiskLevel | null,
  then: RiskLevel | null | undefined,
  hasPrevious: boolean,
): RiskChange | null {
  if (!hasPrevious || now === null) return null;
  if (then === null || then === undefined) return 'new';
  if (RANK[now] > RANK[then]) return 'worse';
  if (RANK[now] < RANK[then]) return 'better';
  return 'same';
}

/** Each answer of an audit with the risk the previous audit gave the same item, and the change. */
export function compareWithPrevious<T extends RatedAnswer>(
  current: readonly T[],
  previous: readonly RatedAnswer[] | null,
): (T & { previousRisk: RiskLevel | null; change: RiskChange | null })[] {
  const before = new Map((previous ?? []).map((a) => [a.itemCode, a.risk]));
  return current.map((answer) => {
    const then = before.get(answer.itemCode) ?? null;
    return {
      ...answer,
      previousRisk: then,
      change: riskChange(answer.risk, then, previous !== null),
    };
  });
}

/** How many findings of each risk an audit has (items not applicable are not findings). */
export function countRisks(answers: readonly { risk: RiskLevel | null }[]): RiskCounts {
  const counts: RiskCounts = { high: 0, medium: 0, low: 0 };
  for (const { risk } of answers) if (risk) counts[risk] += 1;
  return counts;
}

/** Whether a finding is serious enough to become an action. */
export function isActionable(risk: RiskLevel | null): boolean {
  return risk === 'high' || risk === 'medium';
}
