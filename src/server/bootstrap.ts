/**
 * Assembles the dependencies of the server and the CLI from the configuration: the database
 * (migrated), the field cipher, the framework content, the login throttle, the logger.
 */
import fs from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import { loadFrameworkContent } from './content/load-framework.js';
import { loadChecklistVersions } from './content/load-checklists.js';
import { loadTriagePhrases } from './content/load-triage.js';
import { shippedProtectionRisks } from './content/load-protection-risks.js';
import { shippedSafetyTemplates } from './content/load-safety-templates.js';
import { createCaseWriter } from './services/feedback/persist-cases.js';
import { createTriage } from './services/feedback/triage.js';
import { syncPublishedContent } from './services/checklist-versions.service.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { createLogger } from './logger.js';
import { createLoginThrottle } from './security/login-throttle.js';
import { createFieldCipher } from './security/secrets.js';
import type { Deps } from './services/context.js';
import { VERSION } from './version.js';

export const SESSION_POLICY = { idleMinutes: 120, absoluteHours: 12 };

/** Opens and migrates the database and builds the dependencies. */
export async function bootstrap(config: Config): Promise<Deps> {
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url }
      : { kind: 'embedded', dataDir: config.database.dataDir },
  );
  try {
    await database.migrate();
    if (database.kind === 'embedded') await database.vacuum();
    const deps = await buildDeps(config, database);
    await syncPublishedContent(deps);
    return deps;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The dependencies around an open database. */
export async function buildDeps(config: Config, database: Database): Promise<Deps> {
  const framework = await loadFrameworkContent();
  // Invalid protection risk content stops the start, like invalid framework content.
  await shippedProtectionRisks();
  await shippedSafetyTemplates();
  return {
    database,
    cipher: createFieldCipher(encryptionKey(config, database.kind)),
    framework,
    checklists: await loadChecklistVersions(framework),
    triage: createTriage(await loadTriagePhrases()),
    writeCase: createCaseWriter(database.db),
    throttle: createLoginThrottle(),
    sessions: SESSION_POLICY,
    log: createLogger(config.logLevel),
    now: () => new Date(),
    version: VERSION,
  };
}

/**
 * The key that encrypts strictly confidential fields. A PostgreSQL deployment must configure it;
 * the embedded database keeps one beside its data (created on first start, readable by the owner only).
 */
function encryptionKey(config: Config, kind: Database['kind']): Buffer {
  if (config.encryptionKey) return Buffer.from(config.encryptionKey, 'base64');
  if (kind === 'postgres') {
    throw new Error(
      'MAINSTREAM_ENCRYPTION_KEY is required with DATABASE_URL (32 random bytes, base64: ' +
        "`node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"`).",
    );
  }
  const file = path.join(config.dataDir, 'encryption.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
}
