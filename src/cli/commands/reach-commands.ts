/** `import reach FILE --project CODE [--kind individual] [--dry-run]`: an adapter over the reach import. */
import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { systemActor } from '../../core/policy/actor.js';
import type { RowProblem } from '../../core/reach/read-import-row.js';
import { findProjectsByCode } from '../../server/repos/reach-imports.repo.js';
import { importReach } from '../../server/services/reach/import-reach.js';
import type { ImportOutcome } from '../../server/services/reach/process-file.js';
import type { TableSource } from '../../server/services/reach/read-rows.js';
import { requireOrganization } from '../../server/services/organizations.service.js';
import type { Context } from '../../server/services/context.js';
import { runCommand } from '../run-command.js';
import { importCommandOf } from './import-commands.js';
import { progressBar } from './progress-bar.js';

interface Options {
  project: string;
  org?: string;
  kind: 'aggregated' | 'individual';
  periodStart?: string;
  periodEnd?: string;
  dryRun?: boolean;
}

function kindOption(value: string) {
  if (value !== 'aggregated' && value !== 'individual')
    throw new InvalidArgumentError('aggregated or individual');
  return value;
}

async function projectCtx(base: Context, o: Options) {
  const organizationId = o.org ? (await requireOrganization(base, o.org)).id : undefined;
  const found = (await findProjectsByCode(base.db, o.project)).filter(
    (p) => !organizationId || p.organizationId === organizationId,
  );
  if (found.length !== 1)
    throw new Error(
      found.length
        ? `several projects are coded "${o.project}": give --org`
        : `no project "${o.project}"`,
    );
  return {
    projectId: found[0]!.id,
    ctx: { ...base, actor: systemActor('cli', found[0]!.organizationId) },
  };
}

/** The file, counting the bytes of the latest read (an import may read a file more than once). */
function countingSource(file: string, counter: { bytes: number }): TableSource {
  return {
    name: path.basename(file),
    open: () => {
      counter.bytes = 0;
      return fs.createReadStream(file).on('data', (chunk) => (counter.bytes += chunk.length));
    },
  };
}

function printProblems(error: unknown) {
  if (!AppError.isAppError(error)) return;
  const details = error.details as
    | { rows?: RowProblem[]; badRows?: number; fields?: { path: string; code: string }[] }
    | undefined;
  for (const p of details?.rows ?? [])
    console.error(`line ${p.line}, ${p.field}: ${p.code}${paramsText(p.params)}`);
  for (const f of details?.fields ?? []) console.error(`${f.path}: ${f.code}`);
  if (details?.badRows) console.error(`${details.badRows} bad rows: nothing was imported`);
}

/** ` (retiredOn 2026-01-01)`: the values a problem names, if any. */
function paramsText(params: Record<string, string> | undefined): string {
  const pairs = Object.entries(params ?? {});
  return pairs.length ? ` (${pairs.map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
}

function printSummary(file: string, outcome: ImportOutcome) {
  const verb = outcome.dryRun ? 'would be written' : 'written';
  console.log(
    `${file}: ${outcome.rowsRead} rows read, ${outcome.cells} cells ${verb}` +
      (outcome.skippedRows ? `, ${outcome.skippedRows} rows without consent skipped` : ''),
  );
  if (outcome.keptIndividuals)
    console.log(`${outcome.keptIndividuals} individual records kept (organisation setting)`);
  if (outcome.ignoredColumns.length)
    console.log(`columns not read (totals): ${outcome.ignoredColumns.join(' ')}`);
  console.log(
    outcome.dryRun ? 'dry run: nothing was written' : `import ${outcome.importId} committed`,
  );
}

/** Adds `import reach` to the program. */
export function addReachImportCommand(program: Command) {
  importCommandOf(program)
    .command('reach')
    .description(
      'import reach figures or individual records (CSV, XLSX, Kobo, HXL), all rows or none',
    )
    .argument('<file>', 'CSV or XLSX file')
    .requiredOption('--project <code>', 'project code')
    .option('--org <code>', 'organisation code (when several organisations use the project code)')
    .option(
      '--kind <kind>',
      'aggregated (cells) or individual (one row per person)',
      kindOption,
      'aggregated',
    )
    .option('--period-start <date>', 'first day of the period (individual files; rows without one)')
    .option('--period-end <date>', 'last day of the period')
    .option('--dry-run', 'check every row; write nothing')
    .action((file: string, o: Options) =>
      runCommand(async (_deps, base) => {
        const { projectId, ctx } = await projectCtx(base, o);
        const counter = { bytes: 0 };
        const bar = progressBar(path.basename(file), fs.statSync(file).size);
        const period =
          o.periodStart && o.periodEnd ? { start: o.periodStart, end: o.periodEnd } : undefined;
        const outcome = await importReach(
          ctx,
          countingSource(file, counter),
          { projectId, kind: o.kind, dryRun: o.dryRun === true, period },
          {
            onBatch: ({ rowsRead }) =>
              bar.update(counter.bytes, `${rowsRead.toLocaleString('en')} rows`),
          },
        ).catch((error: unknown) => {
          bar.finish();
          printProblems(error);
          throw error;
        });
        bar.update(counter.bytes, `${outcome.rowsRead.toLocaleString('en')} rows`);
        bar.finish();
        printSummary(path.basename(file), outcome);
      }),
    );
}
