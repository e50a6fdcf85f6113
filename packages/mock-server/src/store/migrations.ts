// The SQLite schema as an ordered list of migrations. A database records the versions it has
// applied (schema_migrations) and gets the missing ones, each in its own transaction, at open.
// Append new migrations; never edit one that has shipped.
//
// The same migrations run on better-sqlite3 (Node) and on sql.js (browser).
//
// The rules that matter are in the schema, and only there: one manager per agency (the
// registrations primary key), one national ID and one serial per agency among handlers, one
// pending review per agency (a partial unique index), no review filed for an agency already
// registered (a trigger, migration 3), and an audit log that refuses UPDATE and DELETE (triggers).
// A rule trigger raises the StoreConflict it means, as its message. The review rules of a first
// registration depend on the clock (an approval counts from the next business day) and live in the
// service (services/sign-in.ts firstRegistrationState), run in the store's transaction.
//
// Challenges and card sessions are not here: they are authentication state, kept in process
// memory (store/auth-state.ts), so a restart signs everyone out.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

      CREATE TABLE agencies (
        code TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9][0-9][0-9][0-9]'),
        name TEXT NOT NULL,
        region TEXT NOT NULL,
        org_ca TEXT NOT NULL CHECK (org_ca IN ('GCA', 'XCA', 'MOEACA', 'HCA')),
        org_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        handler_count INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;

      CREATE TABLE people (national_id TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;

      CREATE TABLE registrations (
        agency_code TEXT PRIMARY KEY REFERENCES agencies (code),
        org_serial TEXT NOT NULL,
        org_ca TEXT NOT NULL,
        org_id TEXT NOT NULL,
        org_subject_dn TEXT NOT NULL,
        org_not_after TEXT NOT NULL,
        manager_serial TEXT NOT NULL,
        manager_national_id TEXT NOT NULL,
        manager_cert_name TEXT NOT NULL,
        manager_subject_dn TEXT NOT NULL,
        manager_not_after TEXT NOT NULL,
        contact_name TEXT NOT NULL,
        contact_email TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        contact_extension TEXT NOT NULL,
        contact_remarks TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL
      ) WITHOUT ROWID;

      -- AUTOINCREMENT: a deleted handler's id is never given to a new one, so a stale page or
      -- tab cannot change the wrong person.
      CREATE TABLE handlers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        agency_code TEXT NOT NULL REFERENCES agencies (code),
        serial TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        national_id TEXT NOT NULL,
        permissions TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        UNIQUE (agency_code, national_id),
        UNIQUE (agency_code, serial)
      );
      CREATE INDEX handlers_by_agency ON handlers (agency_code, id);

      -- Name search keys (single characters and pairs), see store/search.ts.
      CREATE TABLE handler_grams (
        agency_code TEXT NOT NULL,
        gram TEXT NOT NULL,
        handler_id INTEGER NOT NULL,
        PRIMARY KEY (agency_code, gram, handler_id)
      ) WITHOUT ROWID;
      CREATE INDEX handler_grams_by_handler ON handler_grams (handler_id);

      CREATE TRIGGER handlers_counted AFTER INSERT ON handlers BEGIN
        UPDATE agencies SET handler_count = handler_count + 1 WHERE code = NEW.agency_code;
      END;
      CREATE TRIGGER handlers_uncounted AFTER DELETE ON handlers BEGIN
        UPDATE agencies SET handler_count = handler_count - 1 WHERE code = OLD.agency_code;
        DELETE FROM handler_grams WHERE handler_id = OLD.id;
      END;

      CREATE TABLE reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        agency_code TEXT NOT NULL REFERENCES agencies (code),
        applicant_name TEXT NOT NULL,
        phone TEXT NOT NULL,
        card_serial TEXT NOT NULL,
        card_ca TEXT NOT NULL,
        card_org_id TEXT NOT NULL,
        card_org_name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        submitted_at TEXT NOT NULL,
        decided_at TEXT,
        effective_from TEXT,
        reason TEXT
      );
      CREATE UNIQUE INDEX reviews_one_pending ON reviews (agency_code) WHERE status = 'pending';
      CREATE INDEX reviews_by_agency ON reviews (agency_code, id);

      CREATE TABLE receipts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        agency_code TEXT NOT NULL REFERENCES agencies (code),
        item TEXT NOT NULL CHECK (item IN ('first-registration', 'swap-org', 'swap-manager', 'swap-both')),
        received_at TEXT NOT NULL
      );
      CREATE INDEX receipts_by_agency ON receipts (agency_code, id);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        agency_code TEXT,
        actor_kind TEXT NOT NULL,
        actor_org_serial TEXT,
        actor_citizen_serial TEXT,
        target TEXT,
        changes TEXT NOT NULL,
        request_id TEXT
      );
      CREATE INDEX audit_by_agency ON audit_log (agency_code, id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;

    `,
  },
  {
    version: 2,
    name: 'idempotency keys',
    // The first answer to a request with an Idempotency-Key, replayed to its repeats for a day.
    // Keyed by who sent it and where, so one client's key never reaches another client's answer.
    sql: `
      CREATE TABLE idempotency_keys (
        principal TEXT NOT NULL,
        route TEXT NOT NULL,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status INTEGER NOT NULL,
        headers TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        PRIMARY KEY (principal, route, key)
      ) WITHOUT ROWID;
      CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);
    `,
  },
  {
    version: 3,
    name: 'no review once registered',
    // Until now each store checked this in code before writing; here it holds for every writer.
    sql: `
      CREATE TRIGGER reviews_only_before_registration BEFORE INSERT ON reviews
      WHEN NEW.status = 'pending' AND EXISTS (SELECT 1 FROM registrations WHERE agency_code = NEW.agency_code)
      BEGIN
        SELECT RAISE(ABORT, 'ALREADY_REGISTERED');
      END;
    `,
  },
  {
    version: 4,
    name: 'certificates seen and permission templates',
    // seen_certificates: every card certificate the API has verified (sign-ins, 讀取憑證 on the
    // handler form) or that the demo seed issued: its validity, so the handler list can tell a
    // card that expired or will soon from one the API has never seen. A certificate is one CA's
    // serial; the first sighting's source is kept.
    // permission_templates: a named set of functions per agency (授權指派's 權限範本).
    sql: `
      CREATE TABLE seen_certificates (
        ca TEXT NOT NULL,
        serial TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('org', 'citizen')),
        subject_dn TEXT NOT NULL,
        not_before TEXT NOT NULL,
        not_after TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('sign-in', 'card-read', 'seed')),
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        PRIMARY KEY (ca, serial)
      ) WITHOUT ROWID;
      CREATE INDEX seen_certificates_by_serial ON seen_certificates (serial);

      CREATE TABLE permission_templates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        agency_code TEXT NOT NULL REFERENCES agencies (code),
        name TEXT NOT NULL,
        permissions TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        UNIQUE (agency_code, name)
      );
    `,
  },
  {
    version: 5,
    name: 'receipts for handler changes',
    // Every handler change (新增 / 修改 / 刪除授權經辦人) gets a receipt too. SQLite cannot change a
    // CHECK, so the table is rebuilt: same ids, and the AUTOINCREMENT counter carried over so a
    // number given out is never given again. A handler receipt keeps which handler, as the change
    // left it: its id (the handler may be gone), name and masked national ID, never the full ID.
    sql: `
      CREATE TABLE receipts_v5 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        agency_code TEXT NOT NULL REFERENCES agencies (code),
        item TEXT NOT NULL CHECK (item IN ('first-registration', 'swap-org', 'swap-manager', 'swap-both',
          'handler-created', 'handler-updated', 'handler-deleted')),
        received_at TEXT NOT NULL,
        handler_id INTEGER,
        handler_name TEXT,
        handler_id_masked TEXT CHECK (handler_id_masked NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9]*'),
        CHECK ((item GLOB 'handler-*') =
          (handler_id IS NOT NULL AND handler_name IS NOT NULL AND handler_id_masked IS NOT NULL)),
        CHECK (item GLOB 'handler-*' OR (handler_id IS NULL AND handler_name IS NULL AND handler_id_masked IS NULL))
      );
      INSERT INTO receipts_v5 (id, agency_code, item, received_at)
        SELECT id, agency_code, item, received_at FROM receipts;
      DELETE FROM sqlite_sequence WHERE name = 'receipts_v5';
      INSERT INTO sqlite_sequence (name, seq) SELECT 'receipts_v5', seq FROM sqlite_sequence WHERE name = 'receipts';
      DROP TABLE receipts;
      ALTER TABLE receipts_v5 RENAME TO receipts;
      CREATE INDEX receipts_by_agency ON receipts (agency_code, id);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
