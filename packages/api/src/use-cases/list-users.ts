import { asc, users, type Db } from '@claimdesk/db';

/** Every account, without secrets. */
export function listUsers({ db }: { db: Db }) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled })
    .from(users)
    .orderBy(asc(users.email))
    .all();
}
