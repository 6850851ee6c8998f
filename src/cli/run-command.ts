/** Runs one CLI command against the configured database and turns every failure into one line and exit code 1. */
import { ZodError } from 'zod';
import { AppError } from '../core/errors.js';
import { systemActor } from '../core/policy/actor.js';
import { bootstrap } from '../server/bootstrap.js';
import { loadConfig } from '../server/config.js';
import { DataDirLockedError } from '../server/db/data-dir-lock.js';
import { translateError } from '../server/i18n/translate.js';
import type { Context, Deps } from '../server/services/context.js';

export type CommandBody = (deps: Deps, ctx: Context) => Promise<void>;

/** Opens the database (migrated), runs the command as the system actor, closes. */
export async function runCommand(body: CommandBody): Promise<void> {
  let deps: Deps | undefined;
  try {
    deps = await bootstrap({ ...loadConfig(), logLevel: 'warn' });
    const ctx: Context = {
      deps,
      db: deps.database.db,
      actor: systemActor('cli'),
      origin: { ip: null, userAgent: 'mainstream-cli' },
      lang: 'en',
    };
    await body(deps, ctx);
  } catch (error) {
    process.exitCode = 1;
    console.error(`mainstream: ${describeFailure(error)}`);
  } finally {
    await deps?.database.close();
  }
}

/** One line saying what went wrong, naming fields where there are some. */
export function describeFailure(error: unknown): string {
  if (error instanceof ZodError) {
    return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
  }
  if (AppError.isAppError(error)) {
    const message = translateError('en', error.code, error.message);
    const fields = (error.details as { fields?: { path: string }[] } | undefined)?.fields;
    return fields?.length ? `${message} (${fields.map((f) => f.path).join(', ')})` : message;
  }
  if (error instanceof DataDirLockedError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
