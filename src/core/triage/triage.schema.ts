/** The triage phrase lists (content/triage/phrases.json): shape, checks and types. */
import { z } from 'zod';
import { tokenise } from './normalise-text.js';

/** What triage may suggest about a complaint; each one is a sensitive-complaint kind (DOMAIN.md §6). */
export const TRIAGE_FLAGS = ['sea', 'child_safeguarding', 'fraud', 'staff_misconduct'] as const;
export type TriageFlag = (typeof TRIAGE_FLAGS)[number];

// Words separated by spaces; a word may end in one `*` (prefix wildcard), nowhere else.
const PHRASE_PATTERN = /^[^\s*]+\*?( [^\s*]+\*?)*$/;

/** One phrase: one or more words that must still contain a letter or digit once normalised. */
export const phraseSchema = z
  .string()
  .regex(PHRASE_PATTERN, 'words separated by single spaces; `*` only at the end of a word')
  .refine((phrase) => tokenise(phrase).length > 0, 'no letter or digit');

const phraseListSchema = z.array(phraseSchema);

/** Phrases in each language of the interface; all of them are searched whatever the message's language. */
export const phraseListsSchema = z
  .object({
    en: phraseListSchema,
    fr: phraseListSchema,
    es: phraseListSchema,
    ar: phraseListSchema,
  })
  .strict();
export type PhraseLists = z.infer<typeof phraseListsSchema>;

/**
 * A combination raises its flag when one of its `terms` and one of its `context` phrases (or, with
 * `actorsAsContext`, one of the shared actor phrases) occur at different places in the same message.
 */
export const triageCombinationSchema = z
  .object({
    name: z.string().trim().min(1, 'empty'),
    terms: phraseListsSchema,
    context: phraseListsSchema.optional(),
    actorsAsContext: z.boolean().optional(),
  })
  .strict()
  .refine((combination) => combination.context !== undefined || combination.actorsAsContext, {
    message: 'a combination needs a context (context or actorsAsContext)',
  });
export type TriageCombination = z.infer<typeof triageCombinationSchema>;

/**
 * How one flag is raised: any `strong` phrase alone, or any of its combinations. Words covered by
 * an `exclude` phrase (e.g. "sexual and reproductive health") are ignored for this flag.
 */
export const triageRuleSchema = z
  .object({
    strong: phraseListsSchema,
    combinations: z.array(triageCombinationSchema).optional(),
    exclude: phraseListsSchema.optional(),
  })
  .strict();
export type TriageRule = z.infer<typeof triageRuleSchema>;

export const triagePhrasesSchema = z
  .object({
    version: z.string().trim().min(1, 'empty'),
    categories: z
      .object({
        sea: triageRuleSchema,
        child_safeguarding: triageRuleSchema,
        fraud: triageRuleSchema,
        staff_misconduct: triageRuleSchema,
      })
      .strict(),
    actors: phraseListsSchema,
  })
  .strict();
export type TriagePhrases = z.infer<typeof triagePhrasesSchema>;
