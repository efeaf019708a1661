import type { PGlite } from '@electric-sql/pglite';
import { PostgresDialect } from 'kysely';

/**
 * Kysely 0.28 (the last release for Node 20) has no PGlite dialect, so PGlite is wrapped
 * as a one-connection `pg` pool and Kysely's own PostgreSQL driver does the rest
 * (transactions, savepoints, result shape). PGlite is a single session: the mutex makes
 * a transaction own it until it is released, so concurrent requests never interleave
 * statements inside someone else's BEGIN … COMMIT.
 */
export function pgliteDialect(pg: PGlite): PostgresDialect {
  return new PostgresDialect({ pool: new PGlitePool(pg) as never });
}

const COMMAND = /^\s*(?:with\b[\s\S]*?\b)?(insert|update|delete|merge|commit|rollback|select)\b/i;

class PGlitePool {
  #queue: Promise<void> = Promise.resolve();
  constructor(private readonly pg: PGlite) {}

  async connect() {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#queue;
    this.#queue = previous.then(() => turn);
    await previous;
    const pg = this.pg;
    return {
      async query(text: string, params: unknown[]) {
        const result = await pg.query<Record<string, unknown>>(text, params);
        const command = COMMAND.exec(text)?.[1]?.toUpperCase();
        return { command, rowCount: result.affectedRows ?? 0, rows: result.rows };
      },
      release: () => release(),
    };
  }

  async end(): Promise<void> {
    await this.#queue;
    await this.pg.close();
  }
}
