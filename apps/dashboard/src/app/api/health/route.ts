import { databaseStatus } from '@claimdesk/db';
import { db } from '~/server/db';

export const dynamic = 'force-dynamic';

export function GET() {
  try {
    const status = databaseStatus(db());
    return Response.json({ status: 'ok', database: status });
  } catch (error) {
    console.error('[health] database check failed:', error);
    return Response.json({ status: 'error', database: { ok: false } }, { status: 503 });
  }
}
