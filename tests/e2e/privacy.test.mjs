// The privacy promise, proved in a real browser: after the app has loaded,
// going through it makes no request; the requests at load are the same whatever
// the person answers; nothing goes to cookies, storage, the URL or history; and
// the Content-Security-Policy lets only same-origin code run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, heading, answer, stored, assertAccessible } from './harness.mjs';

let browser, server, url;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const REPLIES = ['yes', 'no', 'dont_know', 'prefer_not_to_say'];

async function walk(reply) {
  const { context, page, requests, errors } = await openPage(browser);
  await page.goto(url);
  await heading(page, 'Check what help');
  const atLoad = requests.map((r) => `${r.method} ${new URL(r.url).pathname}`);
  const urls = [page.url()];
  // A new tab starts at about:blank, so the history length to keep is the one at load.
  const historyAtLoad = await page.evaluate(() => history.length);
  await assertAccessible(page, 'the opening page');

  await page.locator('.button--start').click();
  await heading(page, 'passport');
  urls.push(page.url());
  await assertAccessible(page, 'the question page');

  await answer(page, reply);
  await heading(page, 'What your answers show');
  urls.push(page.url());
  await page.locator('details.sources summary').first().click();
  await assertAccessible(page, 'the results page');

  const after = requests.slice(atLoad.length);
  const state = await stored(page);
  await context.close();
  return { atLoad, after, urls, state, historyAtLoad, errors, allRequests: requests };
}

for (const reply of REPLIES) {
  test(`answering "${reply}" makes no request after load and stores nothing`, async () => {
    const run = await walk(reply);
    assert.deepEqual(run.after, [], 'requests after the app loaded');
    assert.deepEqual(run.state, { cookies: 0, local: 0, session: 0, idb: [], history: run.historyAtLoad });
    assert.deepEqual(run.urls, [url, url, url], 'the URL never changes, so it cannot carry an answer');
    assert.ok(run.allRequests.every((r) => r.url.startsWith(url)), 'every request is same-origin');
    assert.deepEqual(run.errors, []);
  });
}

test('the requests at load are the same whatever the answers', async () => {
  const loads = [];
  for (const reply of REPLIES) loads.push((await walk(reply)).atLoad);
  assert.ok(loads[0].length >= 3, `expected the page, its script, style and wasm; got ${loads[0]}`);
  for (const load of loads.slice(1)) assert.deepEqual(load, loads[0]);
});

test('the Content-Security-Policy is sent, the app loads under it, and it blocks inline script', async () => {
  const { context, page, errors } = await openPage(browser);
  const response = await page.goto(url);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp, /default-src 'none'/);
  await heading(page, 'Check what help');
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
  await heading(page, 'Check what help');
  await page.locator('.button--start').click();
  await heading(page, 'passport');
  await page.locator('input[value="yes"]').check();
  await page.reload();
  await heading(page, 'Check what help');
  await page.locator('.button--start').click();
  await heading(page, 'passport');
  assert.equal(await page.locator('input[type="radio"]:checked').count(), 0);
  await context.close();
});
