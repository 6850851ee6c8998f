/** The `mainstream` command as an operator runs it: exit codes, one-line reasons, the lock. */
import { describe, expect, it } from 'vitest';
import { useCli } from '../support/cli-harness.js';
import { lockDataDir } from '../../src/server/db/data-dir-lock.js';

const { dataDir, env, mainstream } = useCli('cli');

// Each call starts Node and opens the database: a few seconds apiece on a busy machine.
const slow = { timeout: 120_000 };

describe('mainstream CLI', () => {
  it('prints help naming every command', async () => {
    const { code, stdout } = await mainstream('--help');
    expect(code).toBe(0);
    for (const command of ['db', 'demo', 'org', 'user', 'token']) expect(stdout).toContain(command);
  });

  it(
    'adds an organisation and a user, and refuses bad input with one line and exit 1',
    slow,
    async () => {
      expect(
        (await mainstream('org', 'add', '--code', 'iom-sdn', '--name', 'IOM Sudan')).code,
      ).toBe(0);
      const added = await mainstream(
        'user',
        'add',
        '--email',
        'Officer@Example.org',
        '--role',
        'protection_officer',
        '--org',
        'iom-sdn',
      );
      expect(added.code).toBe(0);
      expect(added.stdout).toMatch(/officer@example\.org \(protection_officer\) added/);
      expect(added.stdout).toMatch(/initial password \(shown once\): \S{16,}/);

      const weak = await mainstream(
        'user',
        'add',
        '--email',
        'x@example.org',
        '--role',
        'viewer',
        '--org',
        'iom-sdn',
        '--password',
        'password123',
      );
      expect(weak.code).toBe(1);
      expect(weak.stderr.trim().split('\n')).toHaveLength(1);
      expect(weak.stderr).toMatch(/too common.*\(password\)/);

      const duplicate = await mainstream('org', 'add', '--code', 'iom-sdn', '--name', 'Again');
      expect(duplicate.code).toBe(1);
      expect(duplicate.stderr).toMatch(/already exists/);

      const unknownOrg = await mainstream(
        'user',
        'add',
        '--email',
        'y@example.org',
        '--role',
        'viewer',
        '--org',
        'nope',
      );
      expect(unknownOrg.code).toBe(1);
      expect(unknownOrg.stderr).toMatch(/No organisation has this code/);
    },
  );

  it('creates a token shown once, disables a user, loads the demo', slow, async () => {
    const token = await mainstream(
      'token',
      'create',
      '--org',
      'iom-sdn',
      '--name',
      'RapidPro',
      '--role',
      'feedback_operator',
    );
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^mst_[\w-]{40,}$/m);
    // No second factor to reset: refused with the reason.
    const reset = await mainstream('user', 'reset-second-factor', '--email', 'officer@example.org');
    expect(reset.code).toBe(1);
    expect(reset.stderr).toMatch(/Two-factor authentication is not on/);
    expect((await mainstream('user', 'disable', '--email', 'officer@example.org')).code).toBe(0);
    const demo = await mainstream('demo', 'load');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/admin@demo\.mainstream\.test/);
    expect((await mainstream('demo', 'load')).stdout).toMatch(/already present/);
  });

  it('refuses to open an embedded database another process holds', async () => {
    if (env.DATABASE_URL) return;
    const lock = lockDataDir(dataDir);
    try {
      const { code, stderr } = await mainstream('db', 'migrate');
      expect(code).toBe(1);
      expect(stderr).toMatch(/in use by process \d+/);
    } finally {
      lock.release();
    }
  });
});
