import 'server-only';
import { getDb } from '@claimdesk/db';

/** The dashboard's single connection to the database file (migrated on first open). */
export const db = () => getDb();
