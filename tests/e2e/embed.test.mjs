// Embedding: an NGO's page on a second 127.0.0.1 origin shows the app in the
// <iframe> the README gives, with its own site.json beside the build. A script
// in the host page cannot read the answers and receives no message; Exit this
// page leaves the host page; the NGO's contacts come first; the requests are
// the same whatever is answered; and a broken site.json leaves the person a
// working page and tells the owner which field to fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, heading, loaded, toResults, copyBuild, plain, assertAccessible } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const NEUTRAL = 'https://www.bbc.co.uk/weather';
const root = new URL('../..', import.meta.url).pathname;
const README = readFileSync(join(root, 'README.md'), 'utf8');
// The settings the README shows, opening in French.
const SETTINGS = JSON.parse(readFileSync(join(root, 'crates/site/tests/valid/example.json'), 'utf8'));

// The README's <iframe> (indented in its list), exactly as an NGO would paste it.
const FRAME = (/```html\n((?: *)<iframe[\s\S]*?<\/iframe>)\n *```/.exec(README) || [])[1];

/** The README's <iframe>, pointed at `src`. */
function snippet(src) {
  assert.ok(FRAME, 'README.md shows the <iframe> to use');
  assert.match(FRAME, /src="https:\/\/entitle\.your-ngo\.example\/"/);
  return FRAME.replace('https://entitle.your-ngo.example/', src);
}

/** The NGO's page: the snippet, and a script that tries to see what happens inside. */
function hostPage(src) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Support Network</title></head>
<body><h1>Harbour Support Network</h1>${snippet(src)}
<script>
  window.seen = [];
  addEventListener('message', (e) => window.seen.push(String(e.data)));
  window.peek = () => {
    const frame = document.querySelector('iframe');
    const out = { contentDocument: frame.contentDocument === null ? 'null' : 'readable' };
    try { out.text = frame.contentWindow.document.body.innerText; } catch (e) { out.error = e.name; }
    try { out.storage = frame.contentWindow.localStorage.length; } catch (e) { out.storageError = e.name; }
    return out;
  };
</script></body></html>`;
}

let browser;
const servers = [];
async function host(settings) {
  snippet('');
  const dir = copyBuild();
  if (settings !== undefined) writeFileSync(join(dir, 'site.json'), typeof settings === 'string' ? settings : JSON.stringify(settings, null, 2));
  const ngo = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(ngo.page);
  });
  await new Promise((ok) => ngo.listen(0, '127.0.0.1', ok));
  const hostUrl = `http://127.0.0.1:${ngo.address().port}/`;
  const app = await startServer(dir, 0, '127.0.0.1', { frameAncestors: [hostUrl.slice(0, -1)] });
  const appUrl = `http://127.0.0.1:${app.address().port}/`;
  ngo.page = hostPage(appUrl);
  servers.push(ngo, app, { close: () => rmSync(dir, { recursive: true, force: true }) });
  return { hostUrl, appUrl };
}

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); for (const s of servers) s.close(); });

/** Opens the host page and waits for the app inside it to finish loading. */
async function open(at, options) {
  const opened = await openPage(browser, options);
  await opened.context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  await opened.page.goto(at.hostUrl);
  const frame = opened.page.frame({ url: at.appUrl });
  assert.ok(frame, 'the app is in the frame');
  await heading(frame);
  await loaded(frame);
  return { ...opened, frame };
}

const GOOD = { ...SETTINGS, language: 'fr' };

test('the NGO\'s language, country, name and contacts are used, its contacts first under help', async () => {
  const at = await host(GOOD);
  const { context, frame, errors } = await open(at);
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'fr', 'the app opens in the site\'s language');
  assert.match(plain(await frame.locator('.footer__site').innerText()), /Harbour Support Network/);
  await frame.locator('.button--start').click();
  assert.equal(await frame.locator('select#country').inputValue(), 'GB', 'the site\'s country is chosen at first');
  await frame.locator('.back-link').click();
  await toResults(frame, { country_now: 'GB', age: 30, wages_withheld: 'yes' }, 'no');
  const help = await frame.locator('.help-list .help').evaluateAll((items) => items.map((li) => ({ site: li.dataset.site === 'true', name: li.querySelector('h3').innerText })));
  assert.deepEqual(help.slice(0, 2).map((h) => h.site), [true, true], `the site's two contacts come first; got ${JSON.stringify(help)}`);
  SETTINGS.contacts.forEach((c, i) => assert.ok(help[i].name.startsWith(c.name), `${c.name}, in the site's order`));
  assert.ok(help.slice(2).length > 0 && help.slice(2).every((h) => !h.site), 'then the country\'s own services');
  const first = frame.locator('.help-list .help').first();
  assert.equal(await first.locator('a[href="tel:+442079460000"]').count(), 1, 'tap to call the NGO');
  assert.equal(await first.locator('a[href="sms:+447700900123"]').count(), 1, 'and to text it');
  assert.match(plain(await first.innerText()), /Harbour Support Network/, 'it says who gave these details');
  assert.deepEqual(errors, []);
  await context.close();

  // The same copy opened on its own, for axe: the NGO's contacts among the help.
  const direct = await openPage(browser);
  await direct.page.goto(at.appUrl);
  await heading(direct.page);
  await toResults(direct.page, { country_now: 'GB', age: 30 }, 'no');
  for (const d of await direct.page.locator('.help-list details').all()) await d.evaluate((el) => { el.open = true; });
  await assertAccessible(direct.page, 'the results with the site\'s contacts');
  await direct.context.close();
});

test('a script in the host page cannot read the answers, and no message reaches it', async () => {
  const at = await host(GOOD);
  const { context, page, frame } = await open(at);
  await toResults(frame, { country_now: 'GB', age: 30, wages_withheld: 'yes', locked_in: 'yes' }, 'no');
  const peek = await page.evaluate(() => window.peek());
  assert.deepEqual(peek, { contentDocument: 'null', error: 'SecurityError', storageError: 'SecurityError' });
  assert.deepEqual(await page.evaluate(() => window.seen), [], 'the app sends the host no message');
  assert.equal(page.url(), at.hostUrl, 'the host page\'s address carries nothing');
  assert.equal(frame.url(), at.appUrl, 'nor does the frame\'s');
  await context.close();
});

test('inside the frame, the requests are the same whatever is answered, and none follow loading', async () => {
  const at = await host(GOOD);
  const loads = [];
  for (const [fallback, country] of [['yes', 'GB'], ['no', 'QA']]) {
    const { context, frame, requests } = await open(at);
    const atLoad = requests.length;
    await toResults(frame, { country_now: country, age: 30 }, fallback);
    assert.deepEqual(requests.slice(atLoad), [], `requests after load, answering "${fallback}"`);
    loads.push(requests.map((r) => `${r.method} ${r.url}`).sort());
    await context.close();
  }
  assert.deepEqual(loads[1], loads[0]);
});

test('Exit this page leaves the host page too, on a click and on Shift pressed three times', async () => {
  const at = await host(GOOD);
  for (const how of ['click', 'shift']) {
    const { context, page, frame } = await open(at);
    await frame.locator('.button--start').click();
    await frame.locator('select#country').waitFor();
    if (how === 'click') {
      await frame.locator('.exit-this-page__button').click();
    } else {
      await frame.locator('main h1').click();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    }
    await page.waitForURL(NEUTRAL);
    assert.equal(await page.title(), 'Weather', `${how}: the whole page is the neutral site`);
    await context.close();
  }
});

test('a broken site.json leaves the person a working page and names the field for the owner', async () => {
  const broken = structuredClone(GOOD);
  broken.contacts[0].phnoe = broken.contacts[0].phone;
  const at = await host(broken);
  const { context, frame, errors } = await open(at);
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en', 'none of the file is used: the browser\'s language');
  const note = frame.locator('.site-error');
  assert.equal(await note.getAttribute('data-field'), 'contacts[0].phnoe');
  assert.match(plain(await note.innerText()), /contacts\[0\]\.phnoe: there is no setting with this name/);
  assert.equal(await frame.locator('.footer__site').count(), 0, 'no name from the refused file');
  assert.deepEqual(errors.map((e) => /site\.json is not used/.test(e)), [true], 'the console says it too, and nothing else goes wrong');
  await toResults(frame, { country_now: 'GB', age: 30 }, 'no');
  assert.equal(await frame.locator('.help-list .help[data-site]').count(), 0, 'no contact from the refused file');
  assert.ok(await frame.locator('.help-list .help').count() > 0);
  await context.close();

  const direct = await openPage(browser);
  await direct.page.goto(at.appUrl);
  await heading(direct.page);
  await assertAccessible(direct.page, 'the first page with a note for the site\'s owner');
  await direct.context.close();

  const unreadable = await host('{ "version": 1, "name": "Harbour", }');
  const second = await open(unreadable);
  assert.equal(await second.frame.locator('.site-error').getAttribute('data-field'), 'line 1, column 36');
  await second.context.close();
});
