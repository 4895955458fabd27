import 'server-only';
import { createCaller } from '@claimdesk/api';
import type { SessionUser } from '@claimdesk/auth';
import { db } from './db';

/** Server components call procedures directly, with the same checks as over HTTP. */
export function serverCaller(user: SessionUser) {
  return createCaller({ db: db(), user });
}
