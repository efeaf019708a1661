import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures';

const WEB = 'dist/web';

/** The JavaScript a browser loads for the login page: the entry script and its modulepreloads, gzip-compressed. */
export function benchLoginBundle(): Figure[] {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const files = [...new Set(srcs)];
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(WEB, f.replace(/^\//, '')))).length, 0);
  return [{ name: 'JavaScript of the login page, gzip', goal: 350, unit: 'KB', measured: Math.round(bytes / 1024), detail: files.join(', ') }];
}
