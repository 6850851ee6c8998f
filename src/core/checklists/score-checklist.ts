/**
 * Protection-mainstreaming scores (issue 3): per principle, per phase and overall, met = 1,
 * partly = 0.5, not met = 0, not applicable excluded; unanswered items count in `unanswered` and
 * are left out of the score (a score says how well the answered items are met; coverage says how
 * much is answered). Mandatory items are listed apart.
 */
import { ANSWER_VALUE, type AnswerStatus } from './answer.js';

export interface ScorableItem {
  id: string;
  principle: string;
  phase: string;
  mandatory: boolean;
}

export interface Score {
  /** 0–1, or null when nothing scorable is answered. */
  score: number | null;
  met: number;
  partly: number;
  notMet: number;
  notApplicable: number;
  unanswered: number;
  total: number;
}

export interface ChecklistScores {
  overall: Score;
  byPrinciple: Record<string, Score>;
  byPhase: Record<string, Score>;
  /** Mandatory items that are not met (answered otherwise or unanswered) and not waived. */
  mandatoryOpen: string[];
}

const emptyScore = (): Score => ({
  score: null,
  met: 0,
  partly: 0,
  notMet: 0,
  notApplicable: 0,
  unanswered: 0,
  total: 0,
});

function add(score: Score, status: AnswerStatus | undefined): void {
  score.total += 1;
  if (status === undefined) score.unanswered += 1;
  else if (status === 'met') score.met += 1;
  else if (status === 'partly') score.partly += 1;
  else if (status === 'not_met') score.notMet += 1;
  else score.notApplicable += 1;
}

function finish(score: Score): Score {
  const counted = score.met + score.partly + score.notMet;
  const points = score.met * ANSWER_VALUE.met + score.partly * ANSWER_VALUE.partly;
  return { ...score, score: counted === 0 ? null : points / counted };
}

/** Scores a set of items given the answers (by item id) and the waived item ids. */
export function scoreChecklist(
  items: readonly ScorableItem[],
  answers: ReadonlyMap<string, AnswerStatus>,
  waived: ReadonlySet<string> = new Set(),
): ChecklistScores {
  const overall = emptyScore();
  const byPrinciple: Record<string, Score> = {};
  const byPhase: Record<string, Score> = {};
  const mandatoryOpen: string[] = [];
  for (const item of items) {
    const status = answers.get(item.id);
    add(overall, status);
    add((byPrinciple[item.principle] ??= emptyScore()), status);
    add((byPhase[item.phase] ??= emptyScore()), status);
    if (item.mandatory && status !== 'met' && !waived.has(item.id)) mandatoryOpen.push(item.id);
  }
  const finishAll = (record: Record<string, Score>) =>
    Object.fromEntries(Object.entries(record).map(([key, s]) => [key, finish(s)]));
  return {
    overall: finish(overall),
    byPrinciple: finishAll(byPrinciple),
    byPhase: finishAll(byPhase),
    mandatoryOpen,
  };
}
