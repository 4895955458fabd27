export { openDatabase, getDb, writeTransaction, type Db, type OpenDatabaseOptions } from './client';
export { backupDatabase, integrityCheck, databaseStatus } from './maintenance';
export { readDbEnv } from './env';
export { findWorkspaceRoot } from './workspace-root';
export * from './schema';
export { and, or, eq, ne, gt, gte, lt, lte, inArray, notInArray, isNull, isNotNull, desc, asc, sql, count, like } from 'drizzle-orm';
