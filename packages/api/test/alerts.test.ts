import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, disputes, eq } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { STORY, startFixtureSite, type FixtureSite } from './support/fixture-site';
import { callerFor, seedCase, seedUser } from './support/seed';

const { db, dispose } = createTestDatabase();
const lead = seedUser(db, 'lead');
const ana = seedUser(db, 'reviewer');
const outsider = seedUser(db, 'reviewer');
const theCase = seedCase(db, [lead, ana]);
let site: FixtureSite;

beforeAll(async () => {
  site = await startFixtureSite();
  for (const a of STORY) site.putArticle(a);
  site.putArticle({ slug: 'lower-toll', title: 'City gives lower toll', outlet: 'Alatau News', author: 'K. B.', published: '2022-01-08T12:00:00+06:00', paragraphs: ['Sixteen police officers were killed in Almaty, city officials said.'] });
  process.env.CLAIMDESK_FETCH_ALLOW = site.host;
});
afterAll(async () => {
  delete process.env.CLAIMDESK_FETCH_ALLOW;
  await site.close();
  dispose();
});

const policeDeaths = () => db.select().from(disputes).where(and(eq(disputes.caseId, theCase.id), eq(disputes.metric, 'deaths'), eq(disputes.subject, 'police'))).get();

describe('new since you last looked', () => {
  it('shows a reviewer the conflicting figure that joined a dispute after their last look, once', async () => {
    await callerFor(db, lead).source.importUrls({ caseId: theCase.id, urls: STORY.slice(0, 2).map((a) => `${site.base}/articles/${a.slug}`) });
    const dispute = policeDeaths();
    if (!dispute) throw new Error('no police deaths dispute');
    const api = callerFor(db, ana);
    expect(await api.alert.disputeNews({ disputeId: dispute.id })).toEqual({ lastLookedAt: null, claims: [] });
    await api.alert.markSeen({ disputeId: dispute.id });

    await callerFor(db, lead).source.importUrls({ caseId: theCase.id, urls: [`${site.base}/articles/lower-toll`] });
    const news = await api.alert.disputeNews({ disputeId: dispute.id });
    expect(news.claims).toHaveLength(1);
    expect(news.claims[0]).toMatchObject({ outlet: 'Alatau News', title: 'City gives lower toll', text: expect.stringContaining('Sixteen') });

    await api.alert.markSeen({ disputeId: dispute.id });
    expect((await api.alert.disputeNews({ disputeId: dispute.id })).claims).toEqual([]);
    await expect(callerFor(db, outsider).alert.disputeNews({ disputeId: dispute.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
