// The thin layer under the one SQLite store: a synchronous SQLite connection as the store needs it.
// Two drivers implement it, so that the same schema, migrations, queries and transactions run
// everywhere: better-sqlite3 in Node (driver-node.ts, a file with WAL) and sql.js, SQLite compiled to
// WebAssembly, in the browser (driver-wasm.ts, in page memory, loaded only by the in-browser API).
// A driver knows nothing of the registry: it runs SQL, nests transactions and names constraint
// failures.

export type SqlValue = string | number | bigint | null;
/** Positional values, or named ones: `{ agencyCode }` for `@agencyCode` in the SQL. */
export type SqlParams = readonly SqlValue[] | Readonly<Record<string, SqlValue>>;
export type Row = Record<string, unknown>;

export interface SqlStatement {
  run(params?: SqlParams): { changes: number };
  get(params?: SqlParams): Row | undefined;
  all(params?: SqlParams): Row[];
}

/** A failed constraint, named the same way by every driver. */
export type ConstraintFailure =
  | { kind: 'unique'; message: string }
  | { kind: 'foreign-key'; message: string }
  /** RAISE(ABORT, message) in a trigger: the message is the trigger's word (e.g. REVIEW_PENDING). */
  | { kind: 'trigger'; message: string };

export interface SqlDriver {
  readonly name: 'better-sqlite3' | 'sql.js';
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  /**
   * Runs `fn` in a transaction: the outermost one takes the write lock first (BEGIN IMMEDIATE), so
   * that reads inside it see what the write will be checked against, also across processes on one
   * file; nested calls are savepoints. A throw rolls back what `fn` did and passes the error on.
   */
  transaction<T>(fn: () => T): T;
  /** The constraint an error reports, if it is a constraint failure. */
  constraintFailure(error: unknown): ConstraintFailure | undefined;
  close(): void;
}

/** SQLite's own texts, the same in every build: what the browser driver classifies by. */
export function classifyConstraintMessage(message: string): ConstraintFailure | undefined {
  if (message.startsWith('UNIQUE constraint failed')) return { kind: 'unique', message };
  if (message.startsWith('FOREIGN KEY constraint failed')) return { kind: 'foreign-key', message };
  if (/^[A-Z][A-Z_]+$/.test(message)) return { kind: 'trigger', message };
  return undefined;
}
