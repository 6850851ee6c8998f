/**
 * An exclusive lock on the embedded database's data directory. PGlite silently loses writes when
 * two processes open one directory (STACK.md), so a second server or CLI must refuse to start.
 * The lock file holds the owner's pid; a lock whose process is gone (kill -9) is taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DataDirLock {
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${path.dirname(lockFile)} is in use by process ${ownerPid}. ` +
        'Stop that process first (only one process may open the embedded database), ' +
        'or set DATABASE_URL to use a PostgreSQL server.',
    );
    this.name = 'DataDirLockedError';
  }
}

/** Takes the lock file `<dir>/mainstream.lock`, or throws DataDirLockedError. */
export function lockDataDir(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, 'mainstream.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockFile, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date() }));
      fs.closeSync(fd);
      return { release: () => releaseIfOwned(lockFile) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockFile);
      if (owner !== null && isAlive(owner)) {
        throw new DataDirLockedError(lockFile, owner);
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockFile}`);
}

function readOwner(lockFile: string): number | null {
  try {
    const content = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { pid?: unknown };
    return typeof content.pid === 'number' ? content.pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOwned(lockFile: string): void {
  if (readOwner(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
}
