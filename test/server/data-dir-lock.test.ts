import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../../src/server/db/data-dir-lock.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mainstream-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('lockDataDir', () => {
  it('refuses a second opener while the first holds the lock, and frees it on release', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    lock.release();
    lockDataDir(dir).release();
  });

  it('names the live owner in a readable message', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'mainstream.lock'), JSON.stringify({ pid: process.ppid }));
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });

  it('takes over a lock left by a process that no longer exists (kill -9)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'mainstream.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'mainstream.lock'), 'utf8')).pid).toBe(
      process.pid,
    );
    lock.release();
    expect(fs.existsSync(path.join(dir, 'mainstream.lock'))).toBe(false);
  });
});
