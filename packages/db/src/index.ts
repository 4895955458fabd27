export { openDatabase, getDb, writeTransaction, isDatabaseBusy, whenNotBusy, pauseBeforeRetry, RETRY_PAUSE_MAX_MS, startCheckpointTimer, createCheckpointer, untilLockFree, type Db, type OpenDatabaseOptions } from './client';
export { searchText, toFtsQuery, RANKED_HIT_LIMIT, type SearchOptions, type SearchItemType } from './search';
export { preparedFor } from './prepared-statements';
export { insertClaims } from './bulk';
export { backupDatabase, integrityCheck, databaseStatus } from './maintenance';
export { readDbEnv } from './env';
export { findWorkspaceRoot } from './workspace-root';
export * from './schema';
export { and, or, eq, ne, gt, gte, lt, lte, inArray, notInArray, isNull, isNotNull, desc, asc, sql, count, like, exists, type SQL } from 'drizzle-orm';
export { alias } from 'drizzle-orm/sqlite-core';
export {
  insertDisputeRow,
  updateDisputeRow,
  addDisputeMembers,
  removeDisputeMembers,
  disputesWithVerdict,
  disputesHoldingClaims,
  disputeMembership,
  pendingDocumentIds,
  markDocumentsGrouped,
  type DisputeAnalysisRow,
} from './dispute-storage';
