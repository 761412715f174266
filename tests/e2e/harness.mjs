// Shared by the end-to-end tests: Debian's Chromium driven by playwright-core,
// against the release build served on 127.0.0.1 by scripts/serve.mjs.
// Nothing here sleeps: every wait is for a condition.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const PHONE = { width: 360, height: 740 };

// Without the background-networking flags Chromium calls home, which would
// pollute the request log and is refused on this network anyway.
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-default-apps', '--disable-extensions', '--disable-quic',
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export async function serve() {
  const server = await startServer(process.env.DIST || 'dist', 0);
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** A phone-sized page that logs every request it makes. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: PHONE, locale: options.locale || 'en-GB', ...options.context });
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, requests, errors };
}

/** Waits for the app (not the pre-load fallback) to show a heading. */
export async function heading(page, text) {
  const h1 = page.locator('main h1', text ? { hasText: text } : {});
  await h1.first().waitFor({ state: 'visible' });
  return (await h1.first().innerText()).trim();
}

export async function answer(page, reply) {
  await page.locator(`input[value="${reply}"]`).check();
  await page.locator('button[type="submit"]').click();
}

/** axe-core on the current page: no violations at all, WCAG 2.2 AA rules included. */
export async function assertAccessible(page, label) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(summary, [], `axe found violations on ${label}`);
}

/** What the page has stored: cookies, Web Storage and IndexedDB. */
export async function stored(page) {
  const cookies = await page.context().cookies();
  const inPage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).map((d) => d.name),
    history: history.length,
  }));
  return { cookies: cookies.length, ...inPage };
}

/** Text without Fluent's bidi isolation marks (U+2068, U+2069) around arguments. */
export function plain(text) {
  return text.replace(/[\u2068\u2069]/g, '');
}
