/** `mainstream import reach` as an operator runs it: progress, summary, bad rows by line, exit codes. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from '../support/cli-harness.js';

const { dataDir, mainstream } = useCli('cli-reach', 90_000);

describe('mainstream import reach', () => {
  const slow = { timeout: 240_000 };
  const file = path.join(dataDir, 'reach.csv');
  const bad = path.join(dataDir, 'bad.csv');

  it(
    'imports with a progress line and a summary, then refuses bad rows by line with exit 1',
    slow,
    async () => {
      expect((await mainstream('demo', 'load')).code).toBe(0);
      const cells = ['female', 'male'].flatMap((sex) =>
        ['0-4', '5-11', '12-17', '18-59', '60+'].flatMap((bracket) =>
          ['disabled', 'not_disabled', 'unknown'].map((d) => `${sex},${bracket},${d}`),
        ),
      );
      const lines = Array.from({ length: 45_000 }, (_, i) => {
        const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / cells.length) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        return `SD0201,${day},${day},${cells[i % cells.length]},${i % 97}`;
      });
      fs.writeFileSync(
        file,
        `location_pcode,period_start,period_end,sex,age_bracket,disability,count\n${lines.join('\n')}\n`,
      );
      const none = await mainstream('import', 'reach', file, '--project', 'NONE');
      expect(none.code).toBe(1);
      expect(none.stderr).toMatch(/no project "NONE"/);
      const dry = await mainstream(
        'import',
        'reach',
        file,
        '--project',
        'SDN-SHL-2026-01',
        '--dry-run',
      );
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toMatch(/45000 rows read, 45000 cells would be written/);
      expect(dry.stdout).toMatch(/dry run: nothing was written/);
      const done = await mainstream('import', 'reach', file, '--project', 'SDN-SHL-2026-01');
      expect(done.code, done.stderr).toBe(0);
      expect(done.stderr).toMatch(/reach\.csv: \d+% 20,000 rows\n/);
      expect(done.stderr).toMatch(/reach\.csv: 100% 45,000 rows\n/);
      expect(done.stdout).toMatch(/45000 cells written/);
      expect(done.stdout).toMatch(/import [0-9a-f-]{36} committed/);
      fs.writeFileSync(
        bad,
        `location_pcode,period_start,period_end,sex,age_bracket,disability,count\nSD0201,2024-01-01,2024-01-31,female,60+,disabled,-1\nSD0201,2024-01-01,2024-01-31,robot,60+,disabled,1\nYE1209,2024-01-01,2024-01-31,male,60+,disabled,1\n`,
      );
      const refused = await mainstream('import', 'reach', bad, '--project', 'SDN-SHL-2026-01');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/line 2, count: negative/);
      expect(refused.stderr).toMatch(/line 3, sex: unknown_sex/);
      expect(refused.stderr).toMatch(/line 4, location: unknown_pcode/);
      expect(refused.stderr).toMatch(/3 bad rows: nothing was imported/);
    },
  );
});
