/** What every service call receives: its dependencies, the database handle, who acts, from where. */
import type { Actor } from '../../core/policy/actor.js';
import type { LanguageCode } from '../../core/shared/language.js';
import type { FrameworkContent } from '../../core/framework/build-framework.js';
import type { ChecklistContent } from '../../core/checklists/checklist-content.schema.js';
import type { Database, Db } from '../db/database.js';
import type { FieldCipher } from '../security/secrets.js';
import type { LoginThrottle } from '../security/login-throttle.js';
import type { Logger } from '../logger.js';
import type { CaseWriter } from './feedback/persist-cases.js';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteHours: number;
}

export interface Deps {
  database: Database;
  cipher: FieldCipher;
  framework: FrameworkContent;
  /** Published checklist versions shipped in content/, oldest first. */
  checklists: ChecklistContent[];
  /** Suggests flags for a narrative (pure, content-driven); likely SEA restricts the case. */
  triage: (text: string) => { flags: string[]; likelySea: boolean };
  /** Writes an intake's case, sharing transactions between concurrent intakes. */
  writeCase: CaseWriter;
  throttle: LoginThrottle;
  sessions: SessionPolicy;
  log: Logger;
  now: () => Date;
  version: string;
}

export interface Context {
  deps: Deps;
  /** The database or the open transaction the call runs in. */
  db: Db;
  actor: Actor | null;
  origin: { ip: string | null; userAgent: string | null };
  lang: LanguageCode;
}

/** A context for the same request running inside a transaction. */
export function withDb(ctx: Context, db: Db): Context {
  return { ...ctx, db };
}
