/** The triage function the services use: the pure matcher bound to the loaded phrase lists. */
import type { TriagePhrases } from '../../../core/triage/triage.schema.js';
import { triageMessage } from '../../../core/triage/triage-message.js';
import type { Deps } from '../context.js';

/** Binds the phrase lists; the result only suggests flags and whether the case is likely SEA. */
export function createTriage(phrases: TriagePhrases): Deps['triage'] {
  return (text) => {
    const result = triageMessage(text, phrases);
    return { flags: [...result.flags], likelySea: result.likelySea };
  };
}
