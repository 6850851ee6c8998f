/** Browser-journey support: Debian's Chromium through playwright-core, the built web app, axe-core. */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { loadDemo } from '../../src/server/demo/load-demo.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM_PATH);
const WEB_ROOT = path.resolve('dist/web');

if (!HAS_CHROMIUM) {
  if (process.env.REQUIRE_BROWSER_TESTS === '1') {
    throw new Error(`Browser tests are required but Chromium was not found at ${CHROMIUM_PATH}`);
  }
  console.log(
    `Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH or apt-get install chromium).`,
  );
}

/** Builds the web app unless dist/web is newer than every source file it is built from. */
export async function ensureWebBuilt() {
  const index = path.join(WEB_ROOT, 'index.html');
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const newest = ['src/web', 'src/core']
    .flatMap((dir) =>
      fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => fs.statSync(path.join(e.parentPath, e.name)).mtimeMs),
    )
    .reduce((a, b) => Math.max(a, b), 0);
  if (newest > builtAt)
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn' });
}

export interface RunningApp {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves the real app with the demo data on a free loopback port and opens Chromium. */
export async function startApp(): Promise<RunningApp> {
  await ensureWebBuilt();
  const t = await createTestApp({ webRoot: WEB_ROOT });
  t.clock.now = new Date();
  t.deps.now = () => new Date();
  await loadDemo(t.deps);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await t.close();
    },
  };
}

const AXE_SOURCE = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The serious and critical axe-core violations on the current page. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (c: Document) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}
