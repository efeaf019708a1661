/** PostgreSQL's unique_violation (both engines report it the same way): a race two inserts lost against the unique index. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}
