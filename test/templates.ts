import { resolve } from 'node:path';

/** Where the migrated PGlite templates live during a test run (written by global-setup). */
export const TEMPLATE_DIR = resolve('.tmp/test-templates');
export const PGLITE_TEMPLATE = { empty: resolve(TEMPLATE_DIR, 'empty.tar.gz'), demo: resolve(TEMPLATE_DIR, 'demo.tar.gz') };
export const DEMO_PASSWORD = 'danvan-demo-2024';
export const TEST_PASSWORD = 'Kiem-tra-2024-abc';

/** PostgreSQL template database names for this run (set by global-setup in the environment). */
export const PG_TEMPLATE_ENV = 'DANVAN_PG_TEMPLATE_PREFIX';
