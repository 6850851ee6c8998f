/**
 * The cross-field rules of a consultation that a schema cannot state: age brackets of the
 * organisation's set, one cell per sex × bracket, group counts within the participants, principle
 * codes of the framework, and each decision carrying exactly the link it names.
 */
import type { FieldProblem } from '../risk/invalid-input.js';
import type { ConsultationDecision, ConsultationFields } from './consultation.schema.js';

export interface ConsultationVocabulary {
  ageBrackets: readonly string[];
  principles: readonly string[];
}

/** The number of participants (the sum of the sex × age cells). */
export function participantTotal(fields: Pick<ConsultationFields, 'participants'>): number {
  return fields.participants.reduce((sum, cell) => sum + cell.count, 0);
}

function participantProblems(fields: ConsultationFields, brackets: Set<string>): FieldProblem[] {
  const seen = new Set<string>();
  const problems = fields.participants.flatMap((cell, i): FieldProblem[] => {
    const key = `${cell.sex}|${cell.ageBracket}`;
    const duplicate = seen.has(key);
    seen.add(key);
    if (!brackets.has(cell.ageBracket))
      return [{ path: `participants.${i}.ageBracket`, code: 'unknown_age_bracket' }];
    return duplicate ? [{ path: `participants.${i}`, code: 'duplicate' }] : [];
  });
  if (participantTotal(fields) === 0) problems.push({ path: 'participants', code: 'none' });
  return problems;
}

function groupProblems(fields: ConsultationFields): FieldProblem[] {
  const total = participantTotal(fields);
  const seen = new Set<string>();
  return fields.groups.flatMap((g, i): FieldProblem[] => {
    if (seen.has(g.group)) return [{ path: `groups.${i}.group`, code: 'duplicate' }];
    seen.add(g.group);
    return g.count > total ? [{ path: `groups.${i}.count`, code: 'above_total' }] : [];
  });
}

const LINK_FIELD = {
  project: 'projectId',
  action: 'actionId',
  feedback_trend: 'feedbackCategory',
} as const;

/** Problems of one decision: the field its link names is required, the other two refused. */
export function decisionProblems(decision: ConsultationDecision, path: string): FieldProblem[] {
  const wanted = LINK_FIELD[decision.link];
  return Object.values(LINK_FIELD).flatMap((field): FieldProblem[] => {
    const present = decision[field] !== undefined;
    if (field === wanted && !present) return [{ path: `${path}.${field}`, code: 'required' }];
    if (field !== wanted && present) return [{ path: `${path}.${field}`, code: 'not_for_link' }];
    return [];
  });
}

/** Every problem of a consultation against the organisation's vocabulary; empty when valid. */
export function checkConsultation(
  fields: ConsultationFields,
  vocabulary: ConsultationVocabulary,
): FieldProblem[] {
  const principles = new Set(vocabulary.principles);
  return [
    ...participantProblems(fields, new Set(vocabulary.ageBrackets)),
    ...groupProblems(fields),
    ...fields.issues.flatMap((issue, i): FieldProblem[] =>
      principles.has(issue.principle)
        ? []
        : [{ path: `issues.${i}.principle`, code: 'unknown_principle' }],
    ),
    ...fields.decisions.flatMap((d, i) => decisionProblems(d, `decisions.${i}`)),
  ];
}
