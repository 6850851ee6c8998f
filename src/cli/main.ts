/** The `mainstream` command line: database, demo data, organisations, users, tokens. */
import { Command, CommanderError } from 'commander';
import { loadDemo } from '../server/demo/load-demo.js';
import { VERSION } from '../server/version.js';
import { addAdminCommands } from './commands/admin-commands.js';
import { addImportCommands } from './commands/import-commands.js';
import { addReachImportCommand } from './commands/reach-commands.js';
import { runCommand } from './run-command.js';

const program = new Command()
  .name('mainstream')
  .description(
    'Mainstream administration. Uses DATABASE_URL when set, otherwise the embedded database in ' +
      'MAINSTREAM_DATA_DIR (default ./data), which must not be open in a running server.',
  )
  .version(VERSION)
  .showHelpAfterError()
  .exitOverride();

const db = program.command('db').description('database');
db.command('migrate')
  .description('apply pending migrations')
  .action(() =>
    runCommand(async (deps) => {
      console.log(`database migrated (${deps.database.kind})`);
    }),
  );

program
  .command('demo')
  .description('demo data')
  .command('load')
  .description('load the demo organisation, offices and users (skipped when present)')
  .action(() =>
    runCommand(async (deps) => {
      const { loaded, logins } = await loadDemo(deps);
      console.log(loaded ? 'demo data loaded' : 'demo data already present');
      console.log(`password for every demo user: ${logins[0]?.password}`);
      for (const login of logins) console.log(`  ${login.role.padEnd(20)} ${login.email}`);
    }),
  );

addAdminCommands(program);
addImportCommands(program);
addReachImportCommand(program);

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  process.exitCode = error.exitCode;
}
