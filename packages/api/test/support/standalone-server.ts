// A test harness: the app router over tRPC's standalone HTTP adapter, for the reliability tests in tests/.
// It trusts an `x-test-user` header naming a user id — a test-only stand-in for the dashboard's next-auth
// session, never used by the product. Usage: node --import tsx standalone-server.ts DB_PATH [PORT]
import { createHTTPServer } from '@trpc/server/adapters/standalone';
import { eq, openDatabase, users } from '@claimdesk/db';
import type { SessionUser } from '@claimdesk/auth';
import { appRouter } from '../../src';

const [dbPath, portArg] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: standalone-server.ts DB_PATH [PORT]');
const db = openDatabase({ path: dbPath });

function userFrom(header: string | string[] | undefined): SessionUser | null {
  if (typeof header !== 'string' || header.length === 0) return null;
  const row = db.select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, header)).get();
  return row && !row.disabled ? { id: row.id, email: row.email, name: row.name, role: row.role } : null;
}

const server = createHTTPServer({
  router: appRouter,
  basePath: '/api/trpc/',
  createContext: ({ req }) => ({ db, user: userFrom(req.headers['x-test-user']) }),
  maxBodySize: 8 * 1024 * 1024,
});
server.listen(Number(portArg ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`listening ${port}\n`);
});
