/** `import gazetteer FILE --org CODE [--dry-run] [--retire-missing]`: an adapter over the import. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import type { GazetteerImportResult } from '../../core/locations/location.schema.js';
import { systemActor } from '../../core/policy/actor.js';
import { importGazetteer } from '../../server/services/locations/import-gazetteer.js';
import { requireOrganization } from '../../server/services/organizations.service.js';
import { runCommand } from '../run-command.js';

/** The `import` command group, shared by every importer (created once). */
export function importCommandOf(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('import files (validated first, all rows or none)')
  );
}

function progress(written: number, total: number) {
  const line = `writing places ${written}/${total}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${written === total ? '\n' : ''}`);
  else if (written === total) process.stderr.write(`${line}\n`);
}

function printSummary(file: string, result: GazetteerImportResult) {
  const levels = Object.entries(result.byLevel)
    .map(([level, n]) => `admin${level}: ${n}`)
    .join(', ');
  console.log(
    `${file}${result.sheet ? ` (sheet ${result.sheet})` : ''}: ${result.locations} places ` +
      `in ${result.countries.join(', ')} (${levels})`,
  );
  const verb = result.dryRun ? 'would be' : 'were';
  const kept = result.notInFile - result.retired;
  console.log(
    `${result.created} ${verb} created, ${result.updated} ${verb} updated, ` +
      `${result.unchanged} unchanged; ${result.retired} ${verb} retired, ` +
      `${kept} stored places not in the file are kept`,
  );
  if (result.codeChanges > 0) console.log(`${result.codeChanges} P-code changes recorded`);
  if (result.dryRun) console.log('dry run: nothing was written');
}

function printProblems(error: unknown) {
  if (!AppError.isAppError(error)) return;
  const details = error.details as
    { problems?: { line: number; column: string; message: string; value?: string }[] } | undefined;
  for (const p of details?.problems ?? [])
    console.error(
      `line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.message}` +
        (p.value ? ` (${p.value})` : ''),
    );
}

/** Adds the import commands to the program. */
export function addImportCommands(program: Command) {
  importCommandOf(program)
    .command('gazetteer')
    .description('import a COD-AB gazetteer (CSV or XLSX) into an organisation, by P-code')
    .argument('<file>', 'CSV or XLSX file')
    .requiredOption('--org <code>', 'organisation code')
    .option('--dry-run', 'validate and count only; write nothing')
    .option(
      '--retire-missing',
      'the file replaces the gazetteer: retire the places of its countries and levels it lacks',
    )
    .action((file: string, o: { org: string; dryRun?: boolean; retireMissing?: boolean }) =>
      runCommand(async (_deps, base) => {
        const organization = await requireOrganization(base, o.org);
        const ctx = { ...base, actor: systemActor('cli', organization.id) };
        process.stderr.write(`reading and validating ${path.basename(file)}…\n`);
        const bytes = new Uint8Array(await fs.readFile(file));
        const result = await importGazetteer(
          ctx,
          { name: path.basename(file), bytes },
          {
            dryRun: o.dryRun === true,
            retireMissing: o.retireMissing === true,
            onProgress: progress,
          },
        ).catch((error: unknown) => {
          printProblems(error);
          throw error;
        });
        printSummary(path.basename(file), result);
      }),
    );
}
