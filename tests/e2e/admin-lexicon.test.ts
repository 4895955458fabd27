import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { retireTeam, seedTeam } from './support/seed';
import { openStage } from './support/team';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const zhanaozen = { places: [{ id: 'zhanaozen_square', name: 'Zhanaozen Square', kind: 'city', within: ['kazakhstan'], terms: ['Zhanaozen Square'] }] };

describe('the case lexicon in the admin screen', () => {
  it('a lead loads a lexicon file, sees each problem next to the field, saves a valid one and resets it to the default', async () => {
    const team = await seedTeam(dbPath, { label: 'Lexicon' });
    const stage = openStage(browser, baseUrl, 'admin-lexicon');
    const lead = await stage.signedIn(team.lead, 'lead');
    const page = lead.page;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByLabel('Case', { exact: true }).selectOption({ label: team.caseName });
    const field = page.getByLabel('Lexicon override (JSON)');
    await page.getByText('This case uses the default lexicon.').waitFor();
    // A lead manages settings, not accounts.
    expect(await page.getByRole('heading', { name: 'Accounts' }).count()).toBe(0);

    await field.fill('{ "places": [');
    await page.getByRole('button', { name: 'Save lexicon' }).click();
    await page.locator('#lexicon-problems').getByText(/^This is not valid JSON/).waitFor();

    const bad = { places: [{ id: 'x_town', name: 'X', kind: 'village', terms: [] }], hedges: [''] };
    await page.getByLabel('Or load a JSON file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => field.inputValue()).toContain('x_town');
    await page.getByRole('button', { name: 'Save lexicon' }).click();
    const problems = page.locator('#lexicon-problems li');
    await problems.filter({ hasText: /^places, entry 1, kind: / }).waitFor();
    await problems.filter({ hasText: /^hedges, entry 1: / }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await stage.look(lead, 'each problem next to the field');

    await field.fill(JSON.stringify(zhanaozen));
    await page.getByRole('button', { name: 'Save lexicon' }).click();
    await page.getByRole('status').filter({ hasText: 'Lexicon saved. Documents imported from now on use it.' }).waitFor();
    await page.reload();
    await page.getByLabel('Case', { exact: true }).selectOption({ label: team.caseName });
    await page.getByText('This case adds its own entries to the default lexicon.').waitFor();
    expect(JSON.parse(await field.inputValue())).toMatchObject(zhanaozen);
    await stage.shot(lead, 'saved');

    await page.getByRole('button', { name: 'Reset to default' }).click();
    await page.getByRole('status').filter({ hasText: 'The case uses the default lexicon again.' }).waitFor();
    await page.getByText('This case uses the default lexicon.').waitFor();
    expect(await field.inputValue()).toBe('');
    await expectNoSeriousA11yViolations(page, 'admin lexicon after reset');

    const reviewer = await stage.signedIn(team.ana, 'reviewer');
    await reviewer.page.goto('/admin');
    await reviewer.page.getByText('Only leads change case settings').waitFor();
    expect(await reviewer.page.getByLabel('Lexicon override (JSON)').count()).toBe(0);
    await retireTeam(dbPath, team);
  });
});
