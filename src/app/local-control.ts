import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How `danvan backup` reaches a running server that owns a PGlite folder (PGlite allows one process per folder):
 * the server writes its address and a random token into the folder, readable by its own OS user only;
 * whoever can read that file could read the data folder anyway, so the token grants nothing new.
 */
export interface LocalControl {
  pid: number;
  url: string;
  token: string;
}

export const CONTROL_FILE = 'danvan-server.json';
export const TOKEN_HEADER = 'x-danvan-local-token';

export const newLocalToken = (): string => randomBytes(32).toString('base64url');

export function writeLocalControl(dataDir: string, control: LocalControl): void {
  writeFileSync(join(dataDir, CONTROL_FILE), JSON.stringify(control), { mode: 0o600 });
}

export function removeLocalControl(dataDir: string): void {
  rmSync(join(dataDir, CONTROL_FILE), { force: true });
}

/** The running server of this folder, if its control file names a live process. */
export function readLocalControl(dataDir: string): LocalControl | null {
  const file = join(dataDir, CONTROL_FILE);
  if (!existsSync(file)) return null;
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as LocalControl;
    process.kill(c.pid, 0);
    return c;
  } catch {
    return null; // unreadable, or the process is gone (a server killed with kill -9 leaves its file behind)
  }
}

export function tokenMatches(expected: string | undefined, given: unknown): boolean {
  if (!expected || typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
