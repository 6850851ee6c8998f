/** Serves the built web app: hashed assets with long caching, index.html for every client route. */
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.js';

/** Adds the static routes; when the folder has no index.html, explains how to build it. */
export function serveWebApp(app: OpenAPIHono<AppEnv>, webRoot: string) {
  const indexFile = path.join(webRoot, 'index.html');
  const relativeRoot = path.relative(process.cwd(), webRoot) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root: relativeRoot,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root: relativeRoot }));
  app.get('*', (c) => {
    if (!fs.existsSync(indexFile)) {
      return c.text('The web app is not built yet: run `npm run build`.', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(fs.readFileSync(indexFile, 'utf8'));
  });
}
