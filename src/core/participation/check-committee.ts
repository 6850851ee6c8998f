/** The cross-field rules of a committee: age brackets of the organisation's set, one row per kind of member. */
import type { FieldProblem } from '../risk/invalid-input.js';
import type { CommitteeFields } from './committee.schema.js';

/** Every problem of a committee's members against the organisation's age brackets. */
export function checkCommittee(
  fields: Pick<CommitteeFields, 'members'>,
  ageBrackets: readonly string[],
): FieldProblem[] {
  const brackets = new Set(ageBrackets);
  const seen = new Set<string>();
  return fields.members.flatMap((m, i): FieldProblem[] => {
    const key = [m.role, m.sex, m.ageBracket, m.hasDisability, m.isMinority].join('|');
    const duplicate = seen.has(key);
    seen.add(key);
    if (!brackets.has(m.ageBracket))
      return [{ path: `members.${i}.ageBracket`, code: 'unknown_age_bracket' }];
    return duplicate ? [{ path: `members.${i}`, code: 'duplicate' }] : [];
  });
}
