import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readDbEnv } from './env';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenDatabaseOptions {
  path?: string;
  migrationsDir?: string;
  synchronous?: 'NORMAL' | 'FULL';
  /** Apply pending migrations on open (default true): a fresh file is ready to use at once. */
  migrate?: boolean;
  /**
   * How long a statement waits for another connection's write lock before failing with SQLITE_BUSY (default 5 s).
   * The wait blocks the thread; a server keeps it short and waits again asynchronously (`whenNotBusy`).
   */
  busyTimeoutMs?: number;
  /**
   * Checkpoint the WAL after a commit once it passes 1,000 pages (SQLite's default, on). A server turns this off and
   * checkpoints on a timer (`startCheckpointTimer`): otherwise, while another process writes a large import, each of
   * the server's small commits would copy that import's pages into the database file on the event loop.
   */
  autoCheckpoint?: boolean;
  /**
   * Keep SQLite's temporary files in memory (`temp_store = MEMORY`; default: SQLite's, on disk). A statement keeps an
   * undo copy of the pages it changes in case it fails halfway, and moves it to a temp file past 64 KiB, which an
   * import's claim inserts do (claims' indexes and triggers): in memory, storing a claim took 0.6–0.8 of the time
   * (tests/bench/results/claim-insert.md). It also keeps sorts and temp tables in memory: for an importing connection,
   * not one that runs huge unindexed sorts.
   */
  tempStoreInMemory?: boolean;
}

/** Opens (creating if needed) the SQLite file with WAL, foreign keys and a busy timeout, then migrates it. */
export function openDatabase(options: OpenDatabaseOptions = {}): Db {
  const env = readDbEnv();
  const path = options.path ?? env.dbPath;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.synchronous ?? env.synchronous}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 5000))}`);
  if (options.autoCheckpoint === false) sqlite.pragma('wal_autocheckpoint = 0');
  if (options.tempStoreInMemory) sqlite.pragma('temp_store = MEMORY');
  const db = drizzle(sqlite, { schema }) as Db;
  if (options.migrate !== false) migrate(db, { migrationsFolder: options.migrationsDir ?? env.migrationsDir });
  return db;
}

const globalForDb = globalThis as unknown as { claimdeskDb?: Db };

/**
 * The process-wide connection to the configured database file (one per process, reused across hot reloads).
 * Options apply when the connection is first opened.
 */
export function getDb(options: Pick<OpenDatabaseOptions, 'busyTimeoutMs' | 'autoCheckpoint' | 'tempStoreInMemory'> = {}): Db {
  globalForDb.claimdeskDb ??= openDatabase(options);
  return globalForDb.claimdeskDb;
}

/**
 * Runs `fn` in a transaction that takes the write lock at BEGIN. Read-then-write transactions must not start
 * deferred: under contention a stale snapshot fails with SQLITE_BUSY without waiting (PERFORMANCE.md).
 */
export function writeTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  return db.$client.transaction(() => fn(db)).immediate();
}

/** Whether an error is SQLite saying another connection holds the lock (SQLITE_BUSY and its extended codes). */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * The pause before another try at a busy lock: 1, 2, then every 3 ms, with up to 1 ms of jitter so waiters do not
 * collide. SQLite does not queue waiters: a waiter gets the lock only by trying while it is free. An import leaves
 * it free for IMPORT_GAP_MS (4 ms) after each of its short transactions, so a waiter that tries at least every 4 ms
 * gets in after at most one of them. A try costs next to nothing.
 */
export const RETRY_PAUSE_MAX_MS = 3;
export function pauseBeforeRetry(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_PAUSE_MAX_MS, 2 ** attempt) + Math.random()));
}

/**
 * Runs a synchronous database step, and while another process holds the write lock, tries again after a short
 * pause without blocking the event loop (other requests are served meanwhile), until `patienceMs` has passed.
 */
export async function whenNotBusy<T>(step: () => T, patienceMs = 5000): Promise<T> {
  const deadline = Date.now() + patienceMs;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return step();
    } catch (error) {
      if (!isDatabaseBusy(error) || Date.now() >= deadline) throw error;
      await pauseBeforeRetry(attempt);
    }
  }
}

/**
 * Waits, without blocking, until the write lock is free (or the deadline passes): tries to take it every few ms and
 * lets it go at once. Cheaper than running a whole request again to find the lock still taken, which under a long
 * import happened hundreds of times a second. The caller then runs its transaction; the lock may be taken again in
 * between, which only means one more wait.
 */
export async function untilLockFree(db: Db, deadline: number): Promise<void> {
  for (let attempt = 0; Date.now() < deadline; attempt += 1) {
    await pauseBeforeRetry(attempt);
    if (db.$client.inTransaction) return;
    try {
      db.$client.exec('BEGIN IMMEDIATE');
      db.$client.exec('ROLLBACK');
      return;
    } catch (error) {
      if (!isDatabaseBusy(error)) return;
    }
  }
}

/**
 * One tick of a checkpoint timer: a PASSIVE checkpoint (it never waits for readers or writers, and does nothing when
 * another process has checkpointed already). With `leaveToOtherWriters`, a tick after another connection has
 * committed (`data_version` changed) is skipped, up to `maxSkips` in a row: that writer (an import in another
 * process) checkpoints its own writes, and on a server's event loop a checkpoint copying an import's last seconds
 * blocked every request for ~40 ms every 5 s.
 */
export function createCheckpointer(db: Db, options: { leaveToOtherWriters?: boolean; maxSkips?: number } = {}): () => 'checkpointed' | 'left to another writer' {
  const maxSkips = options.maxSkips ?? 6;
  const dataVersion = () => Number(db.$client.pragma('data_version', { simple: true }));
  let seen = dataVersion();
  let skipped = 0;
  return () => {
    const now = dataVersion();
    const othersWrote = now !== seen;
    seen = now;
    if (options.leaveToOtherWriters && othersWrote && skipped < maxSkips) {
      skipped += 1;
      return 'left to another writer';
    }
    skipped = 0;
    try {
      db.$client.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      if (!isDatabaseBusy(error)) console.error('[db] checkpoint failed:', error);
    }
    return 'checkpointed';
  };
}

/** For a connection opened with `autoCheckpoint: false`: checkpoints the WAL every few seconds (createCheckpointer). */
export function startCheckpointTimer(db: Db, everyMs = 5000, options: { leaveToOtherWriters?: boolean } = {}): () => void {
  const tick = createCheckpointer(db, options);
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
