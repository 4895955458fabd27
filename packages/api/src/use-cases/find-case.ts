import { cases, eq, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { notFound } from '../errors';

/** Finds a case by id or by exact name (the command line accepts either). */
export function findCase({ db, actor }: { db: Db; actor: Actor }, idOrName: string) {
  const byName = db.select({ id: cases.id }).from(cases).where(eq(cases.name, idOrName)).get();
  const id = byName?.id ?? idOrName;
  try {
    return requireCaseAccess(db, actor, id);
  } catch {
    throw notFound(`The case "${idOrName}"`);
  }
}
