// The privacy promise, proved in a real browser: after the app has loaded,
// going through it makes no request; the requests at load are the same whatever
// the person answers and whichever language they pick; nothing goes to cookies,
// storage, the URL or history; and the Content-Security-Policy lets only
// same-origin code run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, heading, loaded, stored, toResults, pickLanguage } from './harness.mjs';

let browser, server, url;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function walk(fallback, { lang, answers = {} } = {}) {
  const { context, page, requests, errors } = await openPage(browser);
  await page.goto(url);
  await heading(page);
  await loaded(page);
  const atLoad = requests.map((r) => `${r.method} ${new URL(r.url).pathname}`);
  // A new tab starts at about:blank, so the history length to keep is the one at load.
  const historyAtLoad = await page.evaluate(() => history.length);
  const urls = new Set([page.url()]);
  if (lang) {
    await pickLanguage(page, lang);
  }
  await toResults(page, { country_now: 'GB', age: 30, ...answers }, fallback, async () => { urls.add(page.url()); });
  for (const d of await page.locator('details').all()) await d.evaluate((el) => { el.open = true; });
  const after = requests.slice(atLoad.length);
  const state = await stored(page);
  await context.close();
  return { atLoad, after, urls: [...urls], state, historyAtLoad, errors, allRequests: requests };
}

for (const fallback of ['yes', 'no', 'dont_know', 'prefer_not_to_say']) {
  test(`answering "${fallback}" throughout makes no request after load and stores nothing`, async () => {
    const run = await walk(fallback);
    assert.deepEqual(run.after, [], 'requests after the app loaded');
    assert.deepEqual(run.state, { cookies: 0, local: 0, session: 0, idb: [], history: run.historyAtLoad });
    assert.deepEqual(run.urls, [url], 'the URL never changes, so it cannot carry an answer');
    assert.ok(run.allRequests.every((r) => r.url.startsWith(url)), 'every request is same-origin');
    assert.deepEqual(run.errors, []);
  });
}

// Switching fetches every language at once (src/i18n/load.rs): the requests
// say that the picker was used, never which language was chosen.
test('switching language fetches every language in the same two requests, whichever is chosen', async () => {
  const loads = [];
  const switches = [];
  for (const lang of ['fr', 'ar', 'ti', 'zh-Hans', 'en']) {
    const run = await walk('no', { lang });
    const after = run.after.map((r) => `${r.method} ${new URL(r.url).pathname}`);
    assert.deepEqual([...new Set(after)], ['GET /l10n/all-ui.bin', 'GET /l10n/all-law.bin'], `requests after choosing ${lang}`);
    loads.push(run.atLoad);
    switches.push(after);
  }
  for (const load of loads.slice(1)) assert.deepEqual(load, loads[0]);
  for (const s of switches.slice(1)) assert.deepEqual(s, switches[0]);
});

test('a person who never switches downloads only their own language and English', async () => {
  for (const [locale, own] of [['en-GB', 'en'], ['fr-FR', 'fr'], ['zh-CN', 'zh-Hans'], ['fil-PH', 'tl']]) {
    const { context, page, requests } = await openPage(browser, { locale });
    await page.goto(url);
    await heading(page);
    await loaded(page);
    const words = [...new Set(requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/l10n/')))].sort();
    const want = [...new Set([own, 'en'])].flatMap((t) => [`/l10n/${t}-law.bin`, `/l10n/${t}-ui.bin`]).sort();
    assert.deepEqual(words, want, `the words fetched with the browser in ${locale}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), own);
    await context.close();
  }
});

test('the requests at load are the same whatever the answers', async () => {
  const a = await walk('yes');
  const b = await walk('no', { answers: { country_now: 'QA' } });
  assert.ok(a.atLoad.length >= 9, `expected the page, scripts, wasm, law data and English's two files; got ${a.atLoad}`);
  const languages = ['/l10n/en-ui.bin', '/l10n/en-law.bin'];
  for (const file of ['/law.bin', ...languages]) {
    assert.ok(a.atLoad.some((r) => r.endsWith(file)), `${file} is loaded at start-up`);
  }
  // The later code (src/later.rs) is fetched at start-up on every path,
  // not when the results are first shown, which would tell who got there.
  assert.ok(a.atLoad.some((r) => /\/app-[0-9a-f]{16}\/split_later\.wasm$/.test(r)), `the later WebAssembly file is loaded at start-up; got ${a.atLoad}`);
  // The offline worker (scripts/worker.js) installs during loading, so its
  // requests come before the end of loading, and they are the same for all.
  assert.ok(a.atLoad.includes('GET /sw.js'), `the offline worker is fetched at start-up; got ${a.atLoad}`);
  assert.ok(a.atLoad.filter((r) => r === 'GET /law.bin').length === 2, 'the worker keeps its own copy of each file while loading');
  assert.deepEqual(b.atLoad, a.atLoad);
});

test('the Content-Security-Policy is sent, the app loads under it, and it blocks inline script', async () => {
  const { context, page, errors } = await openPage(browser);
  const response = await page.goto(url);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp, /default-src 'none'/);
  await heading(page);
  const blocked = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
  }));
  assert.match(blocked, /script-src/);
  assert.equal(await page.evaluate(() => window.__inlineRan), undefined);
  assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), []);
  await context.close();
});

test('reloading starts fresh: no answer survives', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(url);
  await heading(page);
  await page.locator('.button--start').click();
  await page.locator('select').selectOption('GB');
  await page.locator('button[type="submit"]').click();
  await page.locator('form[data-question="in_danger_now"]').waitFor();
  await page.locator('input[value="yes"]').check();
  await page.reload();
  await heading(page);
  assert.equal(await page.locator('.button--start').count(), 1, 'back on the opening page');
  await context.close();
});
