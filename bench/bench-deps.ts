/** What every benchmark starts from: the app's dependencies on a database, quiet, with a fresh key. */
import crypto from 'node:crypto';
import { systemActor } from '../src/core/policy/actor.js';
import { buildDeps } from '../src/server/bootstrap.js';
import { loadConfig } from '../src/server/config.js';
import type { Database } from '../src/server/db/database.js';
import type { Context, Deps } from '../src/server/services/context.js';

/** The dependencies around an open database, logging nothing. */
export function benchDeps(database: Database): Promise<Deps> {
  return buildDeps(
    {
      ...loadConfig(),
      logLevel: 'silent',
      encryptionKey: crypto.randomBytes(32).toString('base64'),
    },
    database,
  );
}

/** A service context acting as the system, in an organisation or across all of them. */
export function systemContextOf(deps: Deps, organizationId?: string): Context {
  return {
    deps,
    db: deps.database.db,
    actor: systemActor('bench', organizationId),
    origin: { ip: null, userAgent: null },
    lang: 'en',
  };
}
