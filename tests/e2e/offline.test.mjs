// Offline: after one visit the app opens and works with no network, reload
// included, from the service worker's copy (scripts/worker.js); a new build
// replaces the whole set on the next visit, never a mix of old and new files;
// and the worker's requests are part of loading, the same whatever is answered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, heading, toResults, copyBuild, pickLanguage } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { writeWorker } from '../../scripts/offline.mjs';

let browser, server, url;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** The worker's cache names and, for each, the paths it holds. */
async function caches(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await self.caches.keys()) {
      out[name] = (await (await self.caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });
}

/**
 * What the worker keeps at install, from a build's list: every file but the
 * other languages' words, which it keeps only once they pass through
 * (scripts/worker.js): English's and the first language's are kept.
 */
function installSet(listed, first = 'en') {
  return Object.keys(listed).filter((path) => {
    const words = /^\/l10n\/(.+)-(ui|law)\.bin$/.exec(path);
    return !words || words[1] === 'en' || words[1] === first;
  }).sort();
}

const listOf = (dir) => JSON.parse(/const FILES = (\{[\s\S]*?\});/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))[1]);

test('after one visit the app opens, reloads and reaches the results with the network off', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(url);
  await heading(page);
  const kept = await caches(page);
  const build = Object.keys(kept).filter((n) => n.startsWith('entitle-build-'));
  assert.equal(build.length, 1, `one build is kept; got ${Object.keys(kept)}`);
  assert.deepEqual(kept[build[0]], installSet(listOf(process.env.DIST || 'dist')), 'the cache holds the build\'s list, without the other languages');

  await context.setOffline(true);
  await page.reload();
  await heading(page);
  await toResults(page, { country_now: 'GB', age: 30, wages_withheld: 'yes' }, 'no');
  assert.ok(await page.locator('.help-list .help').count() > 0, 'the help list is there offline');
  await page.reload();
  await heading(page);
  assert.equal(await page.locator('.button--start').count(), 1, 'a second reload offline opens the first page');
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
});

test('a visit served by the worker makes no request after load, whatever is answered', async () => {
  const loads = [];
  for (const fallback of ['yes', 'no']) {
    const { context, page, requests } = await openPage(browser);
    await page.goto(url);
    await heading(page);
    const first = requests.length;
    await page.reload();
    await heading(page);
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the second visit is served by the worker');
    const atLoad = requests.length;
    await toResults(page, { country_now: fallback === 'yes' ? 'GB' : 'QA', age: 30 }, fallback);
    assert.deepEqual(requests.slice(atLoad), [], `requests after load, answering "${fallback}"`);
    loads.push(requests.slice(first, atLoad).map((r) => `${r.method} ${new URL(r.url).pathname}`).sort());
    await context.close();
  }
  assert.deepEqual(loads[1], loads[0], 'the second visit\'s requests are the same whatever was answered');
});

/** Runs `check` against a copy of the build served on its own origin, so its worker and caches start empty. */
async function onItsOwn(check) {
  const dir = copyBuild();
  const own = await startServer(dir, 0);
  try {
    await check(dir, `http://127.0.0.1:${own.address().port}/`);
  } finally {
    own.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a new build replaces the whole set on the next visit, never a mix', () => onItsOwn(async (dir, at) => {
  const { context, page } = await openPage(browser);
  await page.goto(at);
  await heading(page);
  const [oldName] = Object.keys(await caches(page)).filter((n) => n.startsWith('entitle-build-'));

  // The next build: its page differs, so its list and name differ.
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', '<span id="next-build" hidden></span></body>'));
  const next = writeWorker(dir);
  assert.notEqual(`entitle-build-${next}`, oldName);

  // A page open on the old build goes on with the old set; the new one installs beside it.
  await page.reload();
  await heading(page);
  assert.equal(await page.locator('#next-build').count(), 0, 'the open page keeps the old build');
  const both = await caches(page);
  assert.ok(both[oldName] && both[`entitle-build-${next}`], `both sets are kept while the old page is open; got ${Object.keys(both)}`);
  assert.deepEqual(both[`entitle-build-${next}`], installSet(listOf(dir)), 'the new set is complete before it is used');
  await page.close();

  // The next visit, once no page of the old build is open, has the new set only.
  const again = await context.newPage();
  await again.goto(at);
  await again.waitForFunction(async (name) => {
    const keys = await self.caches.keys();
    return keys.includes(name) && keys.filter((k) => k.startsWith('entitle-build-')).length === 1;
  }, `entitle-build-${next}`);
  await again.reload();
  await heading(again);
  assert.equal(await again.locator('#next-build').count(), 1, 'the next visit has the new build');
  await context.setOffline(true);
  await again.reload();
  await heading(again);
  assert.equal(await again.locator('#next-build').count(), 1, 'and keeps it offline');
  await context.close();
}));

test('a build whose files do not match its list never replaces the working one', () => onItsOwn(async (dir, at) => {
  const { context, page } = await openPage(browser);
  await page.goto(at);
  await heading(page);
  const before = Object.keys(await caches(page)).filter((n) => n.startsWith('entitle-build-'));
  // A new list, then a file changed after it was made: as if the server were
  // updated half-way through the worker's download.
  writeWorker(dir);
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', '<!-- changed after the list --></body>'));
  await page.reload();
  await heading(page);
  const now = Object.keys(await caches(page)).filter((n) => n.startsWith('entitle-build-'));
  assert.deepEqual(now, before, 'the incomplete build is dropped, the working one stays');
  await context.setOffline(true);
  await page.reload();
  await heading(page);
  await context.close();
}));

test('offline, the other languages say they need a connection once; after one online switch they work offline', () => onItsOwn(async (dir, at) => {
  const { context, page, errors } = await openPage(browser, { locale: 'fr-FR' });
  await page.goto(at);
  await heading(page);
  assert.deepEqual(installSet(listOf(dir), 'fr'), (await caches(page))[Object.keys(await caches(page)).find((n) => n.startsWith('entitle-build-'))],
    'the worker keeps French and English only');
  await page.reload();
  await heading(page);
  await context.setOffline(true);
  await page.locator('.languages__toggle').click();
  const status = page.locator('.languages__status');
  await status.filter({ hasText: /connexion/ }).waitFor();
  assert.equal(await page.locator('#languages-list button[lang="ti"]').getAttribute('aria-disabled'), 'true', 'Tigrinya cannot be picked offline');
  assert.equal(await page.locator('#languages-list button[lang="en"]').getAttribute('aria-disabled'), 'false', 'English is here');
  // Online, opening the picker again fetches every language, and the worker keeps them.
  await context.setOffline(false);
  await page.locator('.languages__toggle').click();
  await pickLanguage(page, 'ti');
  const kept = await caches(page);
  const name = Object.keys(kept).find((n) => n.startsWith('entitle-build-'));
  await page.waitForFunction(async (n) => (await (await self.caches.open(n)).keys()).some((r) => r.url.endsWith('/l10n/all-law.bin')), name);
  assert.ok((await caches(page))[name].includes('/l10n/all-ui.bin'), 'the page words of every language are kept');
  // Offline again, a reload opens in French, and Tigrinya can be picked.
  await context.setOffline(true);
  await page.reload();
  await heading(page);
  await pickLanguage(page, 'ti');
  assert.equal(await page.locator('main h1').first().innerText().then((t) => /[\u1200-\u137F]/.test(t)), true, 'the heading is in Ge\'ez script');
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR/.test(e)), []);
  await context.close();
}));

test('it can be added to the home screen under a neutral name and icon', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(url);
  await heading(page);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, [], 'Chromium reads the manifest without error (the CSP allows it)');
  // A test context is a private window, which Chromium never installs from; nothing else may stand in the way.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
  const data = JSON.parse(manifest.data);
  assert.equal(data.name, 'Information', 'the name is as plain as the page title');
  const alarming = /traffick|slave|exploit|victim|abuse|forced|smuggl|police|escape|rescue|help|asylum|entitle/i;
  for (const field of ['name', 'short_name', 'description']) {
    assert.doesNotMatch(String(data[field] ?? ''), alarming, `the manifest's ${field} says nothing about what the app is for`);
  }
  for (const icon of data.icons) {
    const png = readFileSync(join(process.env.DIST || 'dist', icon.src));
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is the size the manifest says`);
  }
  await context.close();
});
