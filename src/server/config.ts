/** Configuration read from the environment once, at the edge; nothing else reads process.env. */
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  MAINSTREAM_DATA_DIR: z.string().optional(),
  /** 32 bytes, base64: encrypts strictly confidential fields. Embedded mode creates one in the data dir. */
  MAINSTREAM_ENCRYPTION_KEY: z.string().optional(),
  /** The origin the browser sees (scheme://host:port); state-changing cookie requests must match. */
  MAINSTREAM_PUBLIC_ORIGIN: z.string().url().optional(),
  MAINSTREAM_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  database: { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  encryptionKey: string | undefined;
  publicOrigin: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

/** Reads and validates the environment; throws one readable line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(cwd, e.MAINSTREAM_DATA_DIR ?? 'data');
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'embedded', dataDir },
    dataDir,
    encryptionKey: e.MAINSTREAM_ENCRYPTION_KEY,
    publicOrigin: e.MAINSTREAM_PUBLIC_ORIGIN,
    logLevel: e.MAINSTREAM_LOG_LEVEL,
  };
}
