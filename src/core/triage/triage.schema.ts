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

/** A name for a shared list of phrases ("aid-benefit"); `actors` names the shared actor phrases. */
const conceptNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and hyphens, starting with a letter');

/**
 * A combination raises its flag when one of its `terms` and one of its `context` phrases (or, with
 * `actorsAsContext`, one of the shared actor phrases) occur at different places in the same message.
 */
const pairCombinationSchema = z
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

/** A combination of named concepts: one phrase of each must occur, all at different places. */
const conceptCombinationSchema = z
  .object({
    name: z.string().trim().min(1, 'empty'),
    all: z.array(conceptNameSchema).min(2, 'at least two concepts').max(4, 'at most four concepts'),
  })
  .strict()
  .refine((combination) => new Set(combination.all).size === combination.all.length, {
    message: 'a concept is named twice',
  });

export const triageCombinationSchema = z.union([pairCombinationSchema, conceptCombinationSchema]);
export type TriageCombination = z.infer<typeof triageCombinationSchema>;
export type ConceptCombination = z.infer<typeof conceptCombinationSchema>;

/** The name under which combinations refer to the shared actor phrases. */
export const ACTORS_CONCEPT = 'actors';

// A variant and what it stands for: one normalised word each ("u" → "you", "ke" → "que").
const variantWordSchema = z
  .string()
  .refine(
    (word) => tokenise(word).length === 1 && tokenise(word)[0] === word,
    'one normalised word (lower case, no accents)',
  );

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
    /** Shared phrase lists that concept combinations name (`all`). */
    concepts: z.record(conceptNameSchema, phraseListsSchema).optional(),
    /** Spellings matched as the word they stand for (SMS shorthand), whatever the language. */
    variants: z.record(variantWordSchema, variantWordSchema).optional(),
  })
  .strict()
  .superRefine((phrases, context) => {
    const known = new Set([ACTORS_CONCEPT, ...Object.keys(phrases.concepts ?? {})]);
    for (const [flag, rule] of Object.entries(phrases.categories)) {
      (rule.combinations ?? []).forEach((combination, index) => {
        if (!('all' in combination)) return;
        for (const name of combination.all.filter((concept) => !known.has(concept))) {
          context.addIssue({
            code: 'custom',
            path: ['categories', flag, 'combinations', index, 'all'],
            message: `unknown concept "${name}"`,
          });
        }
      });
    }
  });
export type TriagePhrases = z.infer<typeof triagePhrasesSchema>;
