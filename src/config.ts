import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Settings from the environment, read once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  demoPassword: string;
  version: string;
  /** Days without use after which an account is disabled (ACCOUNT_INACTIVE_DAYS, default 45; 0: never). */
  inactiveDays: number;
}

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT không hợp lệ: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.DEMO !== '0',
    demoPassword: env.DEMO_PASSWORD ?? 'danvan-demo-2024',
    version: VERSION,
    inactiveDays: readInactiveDays(env.ACCOUNT_INACTIVE_DAYS),
  };
}

function readInactiveDays(v: string | undefined): number {
  if (v === undefined || v === '') return 45;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 3650) throw new Error(`ACCOUNT_INACTIVE_DAYS không hợp lệ: ${v} (số ngày từ 0 đến 3650; 0 là không khóa)`);
  return n;
}
