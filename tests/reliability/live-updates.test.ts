import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@claimdesk/db';
import { call, startServer, type RunningServer } from './support/server-process';
import { seedCase, seedDispute, seedUser } from './support/seed';

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-live-'));
const dbPath = join(dir, 'live.db');
const db: Db = openDatabase({ path: dbPath });
const lead = seedUser(db, 'lead');
const reviewer = seedUser(db, 'reviewer');
const caseId = seedCase(db, [lead.id, reviewer.id]);
const { disputeId } = seedDispute(db, caseId);
let servers: RunningServer[] = [];

beforeAll(async () => {
  servers = await Promise.all([startServer(dbPath), startServer(dbPath)]);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

interface SseEvent {
  id: string;
  data: { json?: { action?: string } };
}

/** Opens the activity subscription over SSE (as the tRPC client does) and collects tracked events. */
function follow(url: string, userId: string, lastEventId?: string) {
  const controller = new AbortController();
  const events: SseEvent[] = [];
  const input = encodeURIComponent(JSON.stringify({ json: { caseId, lastEventId } }));
  const done = (async () => {
    const response = await fetch(`${url}/activity.onCaseActivity?input=${input}`, { headers: { 'x-test-user': userId, accept: 'text/event-stream' }, signal: controller.signal });
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    while (reader) {
      const { value, done: finished } = await reader.read();
      if (finished) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: ?(.*)$/m.exec(block)?.[1];
        const data = /^data: ?(.*)$/m.exec(block)?.[1];
        if (id && data) events.push({ id, data: JSON.parse(data) as SseEvent['data'] });
      }
    }
  })().catch(() => undefined);
  return { events, close: () => controller.abort(), done };
}

/** Waits for an event, however long the machine takes; the test's own timeout is the only limit. */
async function waitFor(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The newest activity id now: a viewer resuming from it receives every later change, whenever it connects. */
function latestActivityId(): string {
  const row = db.$client.prepare('SELECT max(id) AS id FROM activity').get() as { id: number | null };
  return String(row.id ?? 0);
}

describe('live activity across server processes', () => {
  it('a change made through one server reaches a viewer on another, who resumes after a reconnect', async () => {
    const [a, b] = servers;
    if (!a || !b) throw new Error('servers did not start');
    // Following from the newest entry rather than "from now" means the change below reaches the viewer however late
    // its stream opens on a busy machine (a fixed pause before the change raced the connection).
    const viewer = follow(a.url, reviewer.id, latestActivityId());
    expect((await call(b.url, 'dispute.triage', { disputeId, expectedVersion: 1 }, reviewer.id)).status).toBe(200);
    await waitFor(() => viewer.events.some((e) => e.data.json?.action === 'dispute.triaged'));
    const lastSeen = viewer.events.at(-1)?.id ?? '';
    viewer.close();

    // While the viewer is away, a lead assigns the dispute through the other server.
    expect((await call(b.url, 'dispute.assign', { disputeId, expectedVersion: 2, assigneeId: reviewer.id }, lead.id)).status).toBe(200);
    const resumed = follow(a.url, reviewer.id, lastSeen);
    await waitFor(() => resumed.events.length > 0);
    expect(resumed.events.map((e) => e.data.json?.action)).toEqual(['dispute.assigned']);
    expect(Number(resumed.events[0]?.id)).toBeGreaterThan(Number(lastSeen));
    resumed.close();
  });
});
