import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { expectNoSeriousA11yViolations } from './axe';
import { ARTIFACTS, newContext, screenshot, signIn } from './browser';
import { E2E_PASSWORD, type SeededUser } from './seed';

/** One person at one browser: their own context (cookies, storage, network) and page. */
export interface Player {
  label: string;
  user: SeededUser | null;
  context: BrowserContext;
  page: Page;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The people of one scenario, each in their own browser context with a trace running. When the test ends the
 * contexts close; when it failed, each person's trace (screenshots and DOM snapshots) is saved next to the
 * screenshots, to open with `npx playwright show-trace` on any machine.
 */
export class Stage {
  private readonly players: Player[] = [];
  private step = 0;

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    readonly scenario: string,
  ) {}

  /** A visitor who has not signed in. */
  async visitor(label = 'visitor'): Promise<Player> {
    return this.open(label, null);
  }

  /** A person signed in over the real form, in a browser context of their own. */
  async signedIn(user: SeededUser, label: string): Promise<Player> {
    const player = await this.open(label, user);
    await signIn(player.page, user.email, E2E_PASSWORD);
    return player;
  }

  private async open(label: string, user: SeededUser | null): Promise<Player> {
    const context = await newContext(this.browser, this.baseUrl);
    await context.tracing.start({ screenshots: true, snapshots: true, title: `${this.scenario} — ${label}` });
    const player = { label, user, context, page: await context.newPage() };
    this.players.push(player);
    return player;
  }

  /** A screenshot of what this person sees now, numbered in scenario order. */
  async shot(player: Player, name: string): Promise<void> {
    this.step += 1;
    await screenshot(player.page, `${this.scenario}-${String(this.step).padStart(2, '0')}-${slug(player.label)}-${slug(name)}`);
  }

  /** A screenshot and an accessibility scan: every screen a scenario visits goes through here at least once. */
  async look(player: Player, name: string): Promise<void> {
    await this.shot(player, name);
    await expectNoSeriousA11yViolations(player.page, `${this.scenario} / ${player.label} / ${name} (${new URL(player.page.url()).pathname})`);
  }

  async finish(failed: boolean): Promise<void> {
    for (const player of this.players) {
      try {
        await player.context.tracing.stop(failed ? { path: join(ARTIFACTS, `${this.scenario}-${slug(player.label)}-trace.zip`) } : undefined);
      } finally {
        await player.context.close();
      }
    }
  }
}

/** Opens a stage for the running test and closes it (saving traces on failure) when the test finishes. */
export function openStage(browser: Browser, baseUrl: string, scenario: string): Stage {
  const stage = new Stage(browser, baseUrl, scenario);
  // Screenshots and traces of an earlier run would mix with this run's (a stale trace reads as a failure).
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const file of readdirSync(ARTIFACTS, { withFileTypes: true })) {
    if (file.isFile() && file.name.startsWith(`${scenario}-`) && /(-trace\.zip|\.png)$/.test(file.name)) rmSync(join(ARTIFACTS, file.name));
  }
  onTestFinished(async ({ task }) => {
    await stage.finish(task.result?.state === 'fail');
  });
  return stage;
}

/**
 * Signs in on the sign-in page the app sent this person to, then makes sure they end up on `target`: the app
 * returns to its callback (today the case list for deep links), and a person would then open the page again.
 */
export async function signInAgain(page: Page, user: SeededUser, target: string): Promise<void> {
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  if (new URL(page.url()).pathname !== target) await page.goto(target);
}
