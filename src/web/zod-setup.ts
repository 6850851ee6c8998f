import { z } from 'zod';

// Must run before any schema is built: zod probes `new Function` when an object schema is
// created, and the server's CSP (script-src 'self') reports that probe as a violation.
// main.tsx imports this module first for that reason.
z.config({ jitless: true });
