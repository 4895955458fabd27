import { randomUUID } from 'node:crypto';
import { and, eq, feeds, writeTransaction, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { requireCaseAccess } from '../case-access';
import { DomainError } from '../errors';
import { feedPolicy } from '../sources/fetch-policy';
import { readFeed } from '../sources/read-feed';
import { safeFetch, type FetchPolicy } from '../sources/safe-fetch';
import { addFeedInput, type AddFeedInput } from './feed-inputs';

/**
 * A lead adds a feed to a case. The address is fetched and read once first, so a wrong address is refused at
 * once with its reason rather than failing silently at every poll. Its first poll is due immediately.
 */
export async function addFeed({ db, actor }: { db: Db; actor: Actor }, raw: AddFeedInput, policy: FetchPolicy = feedPolicy()) {
  const input = addFeedInput.parse(raw);
  requireCaseAccess(db, actor, input.caseId);
  const outcome = await safeFetch(policy, input.url);
  if (!outcome.ok) throw new DomainError('INVALID_INPUT', `The feed cannot be added: ${outcome.reason}`);
  if (!('body' in outcome)) throw new DomainError('INVALID_INPUT', 'The feed cannot be added: the site answered "not modified" to a plain request.');
  const reading = readFeed(outcome.body, outcome.charset, outcome.contentType, outcome.url);
  if (!reading.ok) throw new DomainError('INVALID_INPUT', `The feed cannot be added: ${reading.reason}`);
  const now = Date.now();
  const words = [...new Set(input.requiredWords.map((w) => w.toLowerCase()))];
  const feed = {
    id: randomUUID(),
    caseId: input.caseId,
    url: input.url,
    title: reading.title,
    requiredWords: words,
    intervalSeconds: input.intervalMinutes * 60,
    nextPollAt: now,
    createdBy: actor.id,
    createdAt: now,
  };
  return writeTransaction(db, (tx) => {
    const existing = tx.select({ id: feeds.id }).from(feeds).where(and(eq(feeds.caseId, input.caseId), eq(feeds.url, input.url))).get();
    if (existing) throw new DomainError('ALREADY_EXISTS', 'This case already follows that feed.');
    tx.insert(feeds).values(feed).run();
    recordActivity(tx, actor, { caseId: input.caseId, action: 'feed.added', entityType: 'feed', entityId: feed.id, after: { url: feed.url, title: feed.title, requiredWords: words } }, now);
    return { id: feed.id, title: feed.title, entries: reading.entries.length };
  });
}
