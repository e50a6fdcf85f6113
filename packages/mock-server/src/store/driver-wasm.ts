// The browser driver: sql.js (SQLite compiled to WebAssembly) with the database in page memory. It
// is loaded only by the in-browser API (`@gepi/mock-server/browser`: Storybook, element tests, the
// demo without a server), through a dynamic import, so no package's initial path holds it.
// sql.js is synchronous, like better-sqlite3: the store above runs the same code on both.
import { classifyConstraintMessage } from './driver.js';
import type { ConstraintFailure, Row, SqlDriver, SqlParams, SqlStatement, SqlValue } from './driver.js';

// The part of sql.js's API this driver uses (the package ships no types).
interface WasmStatement {
  bind(values?: SqlValue[] | Record<string, SqlValue>): boolean;
  step(): boolean;
  getAsObject(): Row;
  reset(): void;
}
interface WasmDatabase {
  run(sql: string): void;
  exec(sql: string): unknown;
  prepare(sql: string): WasmStatement;
  getRowsModified(): number;
  close(): void;
}
interface SqlJs {
  Database: new () => WasmDatabase;
}
type InitSqlJs = (config: { wasmBinary: ArrayBuffer }) => Promise<SqlJs>;

/** The engine is compiled once per page and shared by every database opened in it. */
let engine: Promise<SqlJs> | undefined;

/** The first of `urls` the page can fetch: the WebAssembly's bytes. */
async function fetchFirst(urls: readonly (string | URL)[]): Promise<ArrayBuffer> {
  const tried: string[] = [];
  for (const url of urls) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.arrayBuffer();
      tried.push(`${String(url)} (${response.status})`);
    } catch (error) {
      tried.push(`${String(url)} (${String(error)})`);
    }
  }
  throw new Error(`SQLite WebAssembly not found; tried ${tried.join(', ')}. Pass wasmUrl.`);
}

/** Fetches and compiles sql.js once per page (the first call's URLs are the ones used). */
export function loadEngine(urls: readonly (string | URL)[]): Promise<SqlJs> {
  engine ??= Promise.all([import('sql.js'), fetchFirst(urls)])
    .then(([module, wasmBinary]: [{ default: unknown }, ArrayBuffer]) =>
      (module.default as InitSqlJs)({ wasmBinary }),
    )
    .catch((error: unknown) => {
      engine = undefined;
      throw error;
    });
  return engine;
}

/** Named values bind as `@name`, as better-sqlite3 spells them in the same SQL. */
function bindable(params: SqlParams): SqlValue[] | Record<string, SqlValue> {
  if (Array.isArray(params)) return params as SqlValue[];
  const named: Record<string, SqlValue> = {};
  for (const [key, value] of Object.entries(params as Record<string, SqlValue>)) named[`@${key}`] = value;
  return named;
}

export class WasmSqlDriver implements SqlDriver {
  readonly name = 'sql.js' as const;
  private depth = 0;

  private constructor(private readonly db: WasmDatabase) {
    db.run('PRAGMA foreign_keys = ON');
  }

  /** A new, empty database; `urls` are where the page may fetch sql.js's WebAssembly from. */
  static async open(urls: readonly (string | URL)[]): Promise<WasmSqlDriver> {
    const SQL = await loadEngine(urls);
    return new WasmSqlDriver(new SQL.Database());
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  prepare(sql: string): SqlStatement {
    const statement = this.db.prepare(sql);
    const rows = (params: SqlParams | undefined, limit: number): Row[] => {
      const out: Row[] = [];
      try {
        if (params !== undefined) statement.bind(bindable(params));
        while (statement.step()) if (out.length < limit) out.push(statement.getAsObject());
      } finally {
        statement.reset();
      }
      return out;
    };
    return {
      run: (params) => {
        rows(params, 0);
        return { changes: this.db.getRowsModified() };
      },
      get: (params) => rows(params, 1)[0],
      all: (params) => rows(params, Infinity),
    };
  }

  transaction<T>(fn: () => T): T {
    const savepoint = `sp${this.depth}`;
    this.db.run(this.depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
    this.depth++;
    try {
      const result = fn();
      this.depth--;
      this.db.run(this.depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
      return result;
    } catch (error) {
      this.depth--;
      this.db.exec(this.depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
      throw error;
    }
  }

  constraintFailure(error: unknown): ConstraintFailure | undefined {
    return error instanceof Error ? classifyConstraintMessage(error.message) : undefined;
  }

  close(): void {
    this.db.close();
  }
}
