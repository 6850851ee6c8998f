/** The four answers a checklist item can have, and what each is worth in a score. */
export const ANSWER_STATUSES = ['met', 'partly', 'not_met', 'not_applicable'] as const;

export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** Score value of an answer: met 1, partly 0.5, not met 0; not applicable is left out. */
export const ANSWER_VALUE: Record<Exclude<AnswerStatus, 'not_applicable'>, number> = {
  met: 1,
  partly: 0.5,
  not_met: 0,
};
