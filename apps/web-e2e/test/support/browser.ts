import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { type Browser, type Page, chromium } from 'playwright-core';

/** Debian's Chromium (.ci/run installs it when missing); playwright-core ships no browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Without the background switches Chromium keeps calling Google services, which floods a closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One browser per test file; playwright gives each launch a fresh, temporary user-data dir. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
}

/** A fresh page (own cookies and storage) on the stack's origin. */
export async function openPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  // Generous: the suite shares the machine with the server tests (jest runs two files at once).
  context.setDefaultTimeout(20_000);
  return context.newPage();
}

const screenshotDir = mkdtempSync(join(tmpdir(), 'sinergi-web-e2e-'));

/** Runs a step; when it fails, saves a screenshot of the page and prints its path, then fails. */
export async function withScreenshot(page: Page, name: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    const path = join(screenshotDir, `${name.replace(/[^\w-]+/g, '_')}.png`);
    await page.screenshot({ path, fullPage: true }).then(
      () => console.error(`screenshot of the failed step "${name}" (${page.url()}): ${path}`),
      (shotError: unknown) => console.error(`no screenshot of "${name}": ${String(shotError)}`),
    );
    throw error;
  }
}

export type A11yViolation = { id: string; impact: string; help: string; nodes: string[] };

/** axe-core in the page; returns the serious and critical violations (expected: none). */
export async function seriousA11yViolations(page: Page): Promise<A11yViolation[]> {
  // Colours mid-transition (a dialog fading in) are not what the user reads: let animations settle.
  // (Endless ones, such as an indeterminate progress bar, never settle and are not waited for.)
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 10_000 },
  );
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
      }));
  });
}

/** Signs in through the login form, as a user would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Polls until `read` returns what `accept` wants (the page updates after the URL does); returns the last value. */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
