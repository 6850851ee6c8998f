/** `mainstream import gazetteer` as an operator runs it: progress, summary, problems, exit codes. */
import { describe, expect, it } from 'vitest';
import { useCli } from '../support/cli-harness.js';

const { mainstream } = useCli('cli-gazetteer');

describe('mainstream import gazetteer', () => {
  const file = 'test/fixtures/formats/cod-ab-sample.csv';
  const slow = { timeout: 120_000 };

  it('validates a dry run and writes nothing', slow, async () => {
    expect((await mainstream('org', 'add', '--code', 'iom-yem', '--name', 'IOM Yemen')).code).toBe(
      0,
    );
    const dry = await mainstream('import', 'gazetteer', file, '--org', 'iom-yem', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/186 places in YEM \(admin0: 1, admin1: 12, admin2: 173\)/);
    expect(dry.stdout).toMatch(/186 would be created/);
    expect(dry.stdout).toMatch(/dry run: nothing was written/);
  });

  it('imports with a progress line and a summary', slow, async () => {
    const real = await mainstream('import', 'gazetteer', file, '--org', 'iom-yem');
    expect(real.code).toBe(0);
    expect(real.stderr).toMatch(/writing places 186\/186/);
    expect(real.stdout).toMatch(/186 were created, 0 were updated, 0 unchanged/);
  });

  it(
    'lists the problems of a damaged file and exits 1; an unknown organisation too',
    slow,
    async () => {
      const lossy = await mainstream(
        'import',
        'gazetteer',
        'test/fixtures/formats/cod-ab-lossy-encoding-sample.csv',
        '--org',
        'iom-yem',
      );
      expect(lossy.code).toBe(1);
      expect(lossy.stderr).toMatch(/line 2, admin0Name_ar: The text of this column was destroyed/);
      expect(lossy.stderr).toMatch(/mainstream: Some lines of the gazetteer are not valid/);

      const unknownOrg = await mainstream('import', 'gazetteer', file, '--org', 'nope');
      expect(unknownOrg.code).toBe(1);
      expect(unknownOrg.stderr).toMatch(/No organisation has this code/);
    },
  );
});
