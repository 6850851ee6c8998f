/** Starts the server: configuration, database (migrated), demo data on a first embedded start, HTTP. */
import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { bootstrap } from './bootstrap.js';
import { isEmptyDatabase, loadDemo, type DemoLogin } from './demo/load-demo.js';
import { createApp } from './http/app.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { markDeadlineBreaches } from './services/feedback/deadline-job.js';

const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));
const VACUUM_EVERY_MS = 6 * 3_600_000;
const DEADLINE_JOB_EVERY_MS = 15 * 60_000;

async function main() {
  const config = loadConfig();
  const deps = await bootstrap(config);
  if (deps.database.kind === 'embedded' && (await isEmptyDatabase(deps))) {
    const { logins } = await loadDemo(deps);
    printLogins(logins);
  }
  const app = createApp(deps, { publicOrigin: config.publicOrigin, webRoot: WEB_ROOT });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where =
      deps.database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
    console.log(`Mainstream ${deps.version} on http://localhost:${info.port} (${where})`);
  });
  const vacuum = setInterval(() => {
    deps.database
      .vacuum()
      .catch((error: Error) => deps.log.warn('vacuum failed', { error: error.message }));
  }, VACUUM_EVERY_MS);
  vacuum.unref();
  const deadlines = setInterval(() => {
    markDeadlineBreaches(deps).catch((error: Error) =>
      deps.log.warn('deadline job failed', { error: error.message }),
    );
  }, DEADLINE_JOB_EVERY_MS);
  deadlines.unref();
  const stop = () => {
    clearInterval(vacuum);
    clearInterval(deadlines);
    server.close(() => {
      void deps.database.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function printLogins(logins: DemoLogin[]) {
  console.log(
    '\nDemo data loaded. Sign in with any of these (password for all: %s):',
    logins[0]?.password,
  );
  for (const login of logins) console.log(`  ${login.role.padEnd(20)} ${login.email}`);
  console.log('');
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) console.error(error.message);
  else console.error('Mainstream could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
