// The thin slice as a person uses it on a phone, and Exit this page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, heading, answer, plain } from './harness.mjs';

let browser, server, url;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const NEUTRAL = 'https://www.bbc.co.uk/weather';

async function start() {
  const opened = await openPage(browser);
  // The neutral site is not reachable from this machine; stand in for it so the
  // test can see the browser arrive there.
  await opened.context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  await opened.page.goto(url);
  await heading(opened.page, 'Check what help');
  return opened;
}

test('a passport kept by someone else shows signs of labour exploitation, with its legal sources', async () => {
  const { context, page } = await start();
  await page.locator('.button--start').click();
  await heading(page, 'Has someone taken your passport or ID and kept it?');
  await answer(page, 'yes');
  await heading(page, 'What your answers show');
  const finding = page.locator('[data-finding="labour_exploitation"]');
  assert.equal(await finding.getAttribute('data-level'), 'some');
  const text = await finding.innerText();
  assert.match(text, /Your answers show some signs of labour exploitation\./);
  assert.doesNotMatch(await page.locator('main').innerText(), /you are a victim/i);
  await finding.locator('summary').click();
  const sources = (await finding.locator('.source a').allInnerTexts()).map(plain);
  assert.ok(sources.some((s) => /Migrant Workers.*article 21/.test(s)), sources.join('\n'));
  assert.ok(sources.some((s) => /No\. 189\), article 9\(c\)/.test(s)), sources.join('\n'));
  assert.ok(sources.some((s) => /Indicators of Forced Labour.*article 7/.test(s)), sources.join('\n'));
  await context.close();
});

test('focus moves to the heading of each new page', async () => {
  const { context, page } = await start();
  await page.locator('.button--start').click();
  await heading(page, 'passport');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await context.close();
});

test('Exit this page, clicked, leaves for a neutral site and Back does not return', async () => {
  const { context, page } = await start();
  await page.locator('.button--start').click();
  await heading(page, 'passport');
  await page.locator('.exit-this-page__button').click();
  await page.waitForURL(NEUTRAL);
  await page.goBack().catch(() => {});
  assert.notEqual(page.url(), url, 'Back must not return to the app');
  await context.close();
});

test('Exit this page works by pressing Shift three times', async () => {
  const { context, page } = await start();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(NEUTRAL);
  await context.close();
});

test('Exit this page is a working link before the app loads', async () => {
  const { context, page } = await openPage(browser);
  await context.route('**/*.wasm', () => {}); // hold the app back: never answered
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('#exit-static a').click();
  await page.waitForURL(NEUTRAL);
  await context.close();
});
