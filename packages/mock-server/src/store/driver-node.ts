// The Node driver: better-sqlite3 on a file (or `:memory:`). WAL journal: readers never block the
// writer, and a committed transaction is in the WAL file before the API answers, so killing the
// process (kill -9) loses nothing acknowledged. synchronous=NORMAL is the default because WAL makes
// it crash-safe for process death; `synchronous: 'full'` also survives power loss, at an fsync per
// commit.
import Database from 'better-sqlite3';
import type { ConstraintFailure, Row, SqlDriver, SqlParams, SqlStatement } from './driver.js';
import { SqlStore } from './sqlite.js';

export interface NodeDriverOptions {
  /** File path, or `:memory:`. */
  path: string;
  /** `normal` (default) survives process death; `full` also survives power loss. */
  synchronous?: 'normal' | 'full';
}

export class NodeSqlDriver implements SqlDriver {
  readonly name = 'better-sqlite3' as const;
  readonly db: Database.Database;

  constructor(options: NodeDriverOptions) {
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  prepare(sql: string): SqlStatement {
    const statement = this.db.prepare(sql);
    const args = (params?: SqlParams): unknown[] => (params === undefined ? [] : [params]);
    return {
      run: (params) => ({ changes: statement.run(...args(params)).changes }),
      get: (params) => statement.get(...args(params)) as Row | undefined,
      all: (params) => statement.all(...args(params)) as Row[],
    };
  }

  transaction<T>(fn: () => T): T {
    // better-sqlite3 turns a nested call into a savepoint by itself.
    return this.db.inTransaction ? this.db.transaction(fn)() : this.db.transaction(fn).immediate();
  }

  constraintFailure(error: unknown): ConstraintFailure | undefined {
    if (typeof error !== 'object' || error === null) return undefined;
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = String(message);
    switch (code) {
      case 'SQLITE_CONSTRAINT_UNIQUE':
      case 'SQLITE_CONSTRAINT_PRIMARYKEY':
        return { kind: 'unique', message: text };
      case 'SQLITE_CONSTRAINT_FOREIGNKEY':
        return { kind: 'foreign-key', message: text };
      case 'SQLITE_CONSTRAINT_TRIGGER':
        return { kind: 'trigger', message: text };
      default:
        return undefined;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export type SqliteStoreOptions = NodeDriverOptions;

/** The store on a SQLite file in Node: the one store (sqlite.ts) opened on the better-sqlite3 driver. */
export class SqliteStore extends SqlStore {
  /** The connection itself, for tests and tools that read the file's pragmas and tables. */
  readonly db: Database.Database;

  constructor(options: SqliteStoreOptions) {
    const driver = new NodeSqlDriver(options);
    super(driver);
    this.db = driver.db;
  }
}
