// A server process's feed scheduler, alone: the dashboard's connection settings (getDb as apps/dashboard's db(),
// with its checkpoint timer) and the real scheduler (startFeedScheduler, as apps/dashboard's startFeeds), whose
// clock the test sets. Its interval timer is left so long that only the test's "poll" messages start rounds: the
// test releases both processes at once, and each answers with the round's reports when it is done.
//
// Run by reliability/feed-lease.test.ts with CLAIMDESK_DB_PATH and CLAIMDESK_FETCH_ALLOW set; speaks over IPC.
import { startFeedScheduler } from '@claimdesk/api';
import type { FeedPollReport } from '@claimdesk/api/use-cases';
import { getDb, startCheckpointTimer } from '@claimdesk/db';

export type PollerMessage = { type: 'ready' } | { type: 'done'; round: number; reports: FeedPollReport[] };
export type PollerCommand = { type: 'poll'; round: number; now: number } | { type: 'stop' };

const owner = process.argv[2] ?? `poller-${process.pid}`;
const db = getDb({ busyTimeoutMs: 0, autoCheckpoint: false, tempStoreInMemory: true });
const stopCheckpoints = startCheckpointTimer(db, 5000, { leaveToOtherWriters: true });
let now = 0;
const scheduler = startFeedScheduler({ db, everyMs: 2 ** 31 - 1, clock: () => now, owner });
const send = (message: PollerMessage) => process.send?.(message);

process.on('message', (command: PollerCommand) => {
  if (command.type === 'stop') {
    scheduler.stop();
    stopCheckpoints();
    db.$client.close();
    process.exit(0);
  }
  now = command.now;
  void scheduler.tick().then((reports) => send({ type: 'done', round: command.round, reports }));
});
send({ type: 'ready' });
