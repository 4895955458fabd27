import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { findDispute, proposeAs, putInReview, retireTeam, seedTeam } from '../support/seed';
import { openStage } from '../support/team';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('collision', () => {
  it('two reviewers act on the same verdict at once: one wins, the other sees the conflict and the new state, and re-applies what they typed', async () => {
    const team = await seedTeam(dbPath, { label: 'Collision', fourEyes: true });
    const dispute = await findDispute(dbPath, team, 'deaths');
    const version = await putInReview(dbPath, team, dispute.id, team.cara);
    await proposeAs(dbPath, team.cara, dispute.id, version, { rating: 'conflicting', low: 24, high: 99, rationale: 'Police say dozens; the ministry later says 26 "armed criminals".' });
    const target = `/cases/${team.caseId}/disputes/${dispute.id}`;

    const stage = openStage(browser, baseUrl, 'collision');
    const ana = await stage.signedIn(team.ana, 'Ana');
    const ben = await stage.signedIn(team.ben, 'Ben');
    for (const player of [ana, ben]) {
      await player.page.goto(target);
      await player.page.getByRole('region', { name: 'Verdict' }).getByText('Police say dozens').waitFor();
    }
    const anaNote = 'Agree: the ministry figure is a subset (armed criminals only).';
    const benNote = 'Disagree: 26 and "dozens" may describe different nights; keep it open.';
    await ana.page.getByRole('region', { name: 'Verdict' }).getByLabel('Note').fill(anaNote);
    await ben.page.getByRole('region', { name: 'Verdict' }).getByLabel('Note').fill(benNote);
    await stage.look(ana, 'verdict with a note');
    await stage.shot(ben, 'verdict with a note');

    // Both click while seeing version 1. Ben's request is held until Ana's has landed, so "at the same moment"
    // is the same race every run: Ana wins, Ben's write arrives second with the version he saw.
    let anaLanded: () => void = () => undefined;
    const anaDone = new Promise<void>((resolve) => (anaLanded = resolve));
    await ben.page.route('**/api/trpc/verdict.vote**', async (route) => {
      await anaDone;
      await route.continue();
    });
    const anaResponse = ana.page.waitForResponse((r) => r.url().includes('verdict.vote') && r.request().method() === 'POST');
    await Promise.all([
      ana.page.getByRole('button', { name: 'Agree (second reviewer)' }).click(),
      ben.page.getByRole('button', { name: 'Disagree' }).click(),
    ]);
    expect((await anaResponse).ok()).toBe(true);
    anaLanded();

    const benVerdict = ben.page.getByRole('region', { name: 'Verdict' });
    await benVerdict.getByRole('alert').filter({ hasText: /someone acted on this verdict/i }).waitFor();
    await benVerdict.getByText(`${team.ana.name} agrees`).waitFor();
    expect(await benVerdict.getByLabel('Note').inputValue()).toBe(benNote);
    await stage.look(ben, 'conflict with the new state and the note kept');
    await ben.page.unroute('**/api/trpc/verdict.vote**');

    await benVerdict.getByRole('button', { name: 'Disagree' }).click();
    await benVerdict.getByText(/Four eyes: 1 agree, 1 disagree/).waitFor();
    await benVerdict.getByText(`${team.ben.name} disagrees`).waitFor();
    await stage.shot(ben, 'vote re-applied');

    const anaVerdict = ana.page.getByRole('region', { name: 'Verdict' });
    await anaVerdict.getByText(`${team.ana.name} agrees`).waitFor();
    expect(await anaVerdict.getByRole('alert').count()).toBe(0);
    await ana.page.reload();
    await anaVerdict.getByText(/Four eyes: 1 agree, 1 disagree/).waitFor();
    await stage.shot(ana, 'both votes recorded');
    await retireTeam(dbPath, team);
  });
});
