/** Checks an audit's answers against the template version it uses (pure); names each bad field. */
import { AppError } from '../errors.js';
import type { ParsedAuditEntry } from './safety-audit.schema.js';

interface Field {
  path: string;
  code: string;
}

/** Every active item answered exactly once, no unknown item, a risk unless not applicable. */
export function checkAuditAnswers(entry: ParsedAuditEntry, activeCodes: readonly string[]): void {
  const fields: Field[] = [];
  const seen = new Set<string>();
  entry.answers.forEach((answer, index) => {
    const at = `answers.${index}`;
    if (!activeCodes.includes(answer.itemCode))
      fields.push({ path: `${at}.itemCode`, code: 'unknown_item' });
    else if (seen.has(answer.itemCode)) fields.push({ path: `${at}.itemCode`, code: 'duplicate' });
    seen.add(answer.itemCode);
    if (answer.answer === 'not_applicable' && answer.risk !== null)
      fields.push({ path: `${at}.risk`, code: 'not_applicable' });
    if (answer.answer !== 'not_applicable' && answer.risk === null)
      fields.push({ path: `${at}.risk`, code: 'required' });
  });
  for (const code of activeCodes)
    if (!seen.has(code)) fields.push({ path: `answers.${code}`, code: 'unanswered' });
  if (fields.length) throw new AppError('validation_failed', 'safety.answers_invalid', { fields });
}
