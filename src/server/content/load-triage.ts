import { join } from 'node:path';
import { triagePhrasesSchema, type TriagePhrases } from '../../core/triage/triage.schema.js';
import { DEFAULT_CONTENT_DIR, readJsonFile } from './load-framework.js';

/** Reads and validates <contentDir>/triage/phrases.json; throws one Error listing every problem. */
export async function loadTriagePhrases(
  contentDir: string = DEFAULT_CONTENT_DIR,
): Promise<TriagePhrases> {
  const path = join(contentDir, 'triage', 'phrases.json');
  const parsed = triagePhrasesSchema.safeParse(await readJsonFile(path));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `- ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`${path} is invalid (${problems.length} problems):\n${problems.join('\n')}`);
  }
  return parsed.data;
}
