/** The real application over a test database, with helpers to sign in and call it like a browser. */
import crypto from 'node:crypto';
import type { Role } from '../../src/core/auth/roles.js';
import { systemActor } from '../../src/core/policy/actor.js';
import { loadFrameworkContent } from '../../src/server/content/load-framework.js';
import { loadChecklistVersions } from '../../src/server/content/load-checklists.js';
import { loadTriagePhrases } from '../../src/server/content/load-triage.js';
import { createCaseWriter } from '../../src/server/services/feedback/persist-cases.js';
import { createTriage } from '../../src/server/services/feedback/triage.js';
import type { Database } from '../../src/server/db/database.js';
import { createApp, type App } from '../../src/server/http/app.js';
import { createLogger } from '../../src/server/logger.js';
import { createLoginThrottle, DEFAULT_THROTTLE } from '../../src/server/security/login-throttle.js';
import { createFieldCipher } from '../../src/server/security/secrets.js';
import type { Context, Deps } from '../../src/server/services/context.js';
import { SESSION_POLICY } from '../../src/server/bootstrap.js';
import { openTestDatabase } from './test-database.js';

export const TEST_ORIGIN = 'http://localhost';
export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: App;
  deps: Deps;
  database: Database;
  /** Moves the clock used by services (sessions, tokens, TOTP). */
  clock: { now: Date; advance(ms: number): void };
  close(): Promise<void>;
}

/** Opens a test database and builds the app around it. */
export async function createTestApp(options: { webRoot?: string } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = {
    now: new Date(),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const framework = await loadFrameworkContent();
  const deps: Deps = {
    database,
    cipher: createFieldCipher(crypto.randomBytes(32)),
    framework,
    checklists: await loadChecklistVersions(framework),
    triage: createTriage(await loadTriagePhrases()),
    writeCase: createCaseWriter(database.db),
    throttle: createLoginThrottle(DEFAULT_THROTTLE),
    sessions: SESSION_POLICY,
    log: createLogger(process.env.TEST_LOG === '1' ? 'debug' : 'silent'),
    now: () => clock.now,
    version: 'test',
  };
  const app = createApp(deps, { webRoot: options.webRoot });
  return { app, deps, database, clock, close: () => database.close() };
}

/** A service context acting as the system (CLI) in an organisation. */
export function systemContext(deps: Deps, organizationId: string | null = null): Context {
  return {
    deps,
    db: deps.database.db,
    actor: systemActor('test', organizationId),
    origin: { ip: null, userAgent: 'test' },
    lang: 'en',
  };
}

export interface RequestOptions {
  cookie?: string;
  bearer?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  origin?: string | null;
  lang?: string;
}

/** Calls the app like a same-origin browser (Origin header set on state changes unless null). */
export function call(t: TestApp, method: string, path: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (options.lang) headers['accept-language'] = options.lang;
  if (options.origin !== null && method !== 'GET') headers.origin = options.origin ?? TEST_ORIGIN;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined && method !== 'GET' && method !== 'HEAD') {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  return t.app.request(`${TEST_ORIGIN}${path}`, { method, headers, body });
}

/** Signs in and returns the session cookie to send back. */
export async function signIn(t: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await call(t, 'POST', '/api/v1/auth/login', { body: { email, password } });
  if (response.status !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie');
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

export type { Role };
