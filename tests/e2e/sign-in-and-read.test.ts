import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from './support/app-server';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the demo lead', () => {
  it('signs in, opens the demo case and reads an article exactly as imported', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'lead@claimdesk.test');
    await page.getByRole('link', { name: 'Kazakhstan unrest, January 2022' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kazakhstan unrest, January 2022');
    await screenshot(page, 'foundation-case');
    const rows = page.locator('table.data tbody tr');
    expect(await rows.count()).toBe(4);
    await page.getByRole('link', { name: /Cops 'beheaded'/ }).click();
    await page.getByTestId('document-text').waitFor();
    const shown = await page.getByTestId('document-text').textContent();
    const original = readFileSync(join(REPO_ROOT, 'demo/kazakhstan-2022/newscomau.txt'), 'utf8');
    expect(shown?.trim()).toBe(original.trim());
    await screenshot(page, 'foundation-reader');
    await context.close();
  });

  it('sees a clear message for a wrong password, and no session', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('lead@claimdesk.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'do not match an active account' }).waitFor();
    await page.goto('/cases');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });
});

describe('a signed-out visitor', () => {
  it('is sent to sign-in from every dashboard page and comes back after signing in', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    for (const path of ['/', '/cases', '/cases/some-case', '/cases/some-case/documents/some-doc']) {
      await page.goto(path);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
    }
    await page.goto('/cases');
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe('/cases');
    await context.close();
  });
});
