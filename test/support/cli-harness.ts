/**
 * Runs `bin/mainstream.js` as an operator would, on a data directory of its own — or, when
 * TEST_DATABASE_URL is set, on a fresh PostgreSQL database copied from the migrated template.
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, inject } from 'vitest';
import { adminQuery, withDatabase } from './global-setup.js';

const run = promisify(execFile);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Registers the set-up and clean-up hooks of a CLI test file; returns how to call the CLI. */
export function useCli(name: string, timeoutMs = 60_000) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `mainstream-${name}-`));
  const env: NodeJS.ProcessEnv = { ...process.env, MAINSTREAM_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  let databaseName: string | undefined;

  beforeAll(async () => {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) return;
    databaseName = `mainstream_cli_${crypto.randomBytes(5).toString('hex')}`;
    await adminQuery(url, `CREATE DATABASE ${databaseName} TEMPLATE ${inject('postgresTemplate')}`);
    env.DATABASE_URL = withDatabase(url, databaseName);
    env.MAINSTREAM_ENCRYPTION_KEY = crypto.randomBytes(32).toString('base64');
  });
  afterAll(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (databaseName)
      await adminQuery(
        process.env.TEST_DATABASE_URL!,
        `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`,
      );
  });

  /** One run of the command; a failing run answers its exit code instead of throwing. */
  async function mainstream(...args: string[]): Promise<CliRun> {
    try {
      const { stdout, stderr } = await run('node', ['bin/mainstream.js', ...args], {
        env,
        timeout: timeoutMs,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as CliRun;
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  return { dataDir, env, mainstream };
}
