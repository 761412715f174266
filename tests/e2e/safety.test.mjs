// Exit this page (click, keyboard, before the app loads), focus on each new
// heading, a neutral title, and the printed results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, openPage, heading, toResults, plain, pickLanguage } from './harness.mjs';

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
  await heading(opened.page);
  return opened;
}

test('the page title is neutral', async () => {
  const { context, page } = await start();
  assert.equal(await page.title(), 'Information');
  await context.close();
});

test('focus moves to the heading of each new page', async () => {
  const { context, page } = await start();
  await page.locator('.button--start').click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await page.locator('select').selectOption('GB');
  await page.locator('button[type="submit"]').click();
  await page.locator('form[data-question="in_danger_now"]').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'q-heading');
  await context.close();
});

test('Exit this page, clicked, leaves for a neutral site and Back does not return', async () => {
  const { context, page } = await start();
  await page.locator('.button--start').click();
  await page.locator('.exit-this-page__button').click();
  await page.waitForURL(NEUTRAL);
  await page.goBack().catch(() => {});
  assert.notEqual(page.url(), url, 'Back must not return to the app');
  await context.close();
});

test('Exit this page works from the keyboard: focused, Enter leaves', async () => {
  const { context, page } = await start();
  await page.locator('.exit-this-page__button').focus();
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'exit-this-page__button');
  await page.keyboard.press('Enter');
  await page.waitForURL(NEUTRAL);
  await context.close();
});

test('Exit this page works by pressing Shift three times, and says so in a live region', async () => {
  const { context, page } = await start();
  await page.keyboard.press('Shift');
  assert.match(await page.locator('.exit-this-page [role="status"]').innerText(), /press 2 more times/);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(NEUTRAL);
  await context.close();
});

test('Exit this page is a working link before the app loads', async () => {
  const { context, page } = await openPage(browser);
  await context.route('**/*.wasm', () => {}); // hold the app back: never answered
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The first page from the HTML (src/first_page.rs) carries its own Exit
  // link, on the opening page and on the country question Start leads to.
  await page.locator('#first-page .button--start:visible').click();
  await page.locator('#first-page select#country:visible').waitFor();
  await page.locator('#first-page .exit-this-page__button:visible').click();
  await page.waitForURL(NEUTRAL);
  await context.close();
});

test('the results print to a clean PDF with the date and the sources in full', async () => {
  const { context, page } = await start();
  await toResults(page, { country_now: 'GB', nationality: 'PH', age: 34, documents_kept: 'yes', documents_held_by: 'employer', recruited: 'yes', deceived_about_work: 'yes' });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const dir = mkdtempSync(join(tmpdir(), 'entitle-pdf-'));
  writeFileSync(join(dir, 'results.pdf'), pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'results.pdf')]).toString())[1]);
  const text = plain(execFileSync('pdftotext', ['-layout', join(dir, 'results.pdf'), '-']).toString());
  assert.ok(pages >= 2, `expected a document of several pages, got ${pages}`);
  assert.match(text, /What your answers show/);
  assert.match(text, /Based on the rules in the United Kingdom\s*on (\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},) \d{4}/, 'the date as English writes it');
  assert.match(text, /https:\/\/www\.un\.org\/documents\/ga\/res\/45\/a45r158\.htm/, 'sources printed with their full address');
  assert.match(text, /Legal sources/);
  assert.doesNotMatch(text, /Exit this page/, 'no Exit button on paper');
  assert.doesNotMatch(text, /Start again/, 'no buttons on paper');
  await context.close();
});

test('switching language mid-way keeps every answer', async () => {
  const { context, page } = await start();
  await page.locator('.button--start').click();
  await page.locator('select').selectOption('ES');
  await page.locator('button[type="submit"]').click();
  await page.locator('form[data-question="in_danger_now"]').waitFor();
  await page.locator('input[value="no"]').check();
  await page.locator('button[type="submit"]').click();
  await page.locator('form[data-question="age"]').waitFor();
  await pickLanguage(page, 'es');
  await page.locator('.back-link').click();
  await page.locator('form[data-question="in_danger_now"]').waitFor();
  assert.ok(await page.locator('input[value="no"]').isChecked(), 'the answer survived the switch');
  assert.match(await page.locator('main h1').innerText(), /peligro/i, 'the question is now in Spanish');
  await context.close();
});

for (const [width, label] of [[320, 'a 320 px screen'], [640, '200% zoom on a 1280 px screen']]) {
  test(`every page fits ${label} without sideways scrolling`, async () => {
    const { context, page } = await openPage(browser, { context: { viewport: { width, height: 800 } } });
    await page.goto(url);
    await heading(page);
    const fits = async (where) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${where} is ${overflow}px wider than the screen`);
    };
    await fits('the opening page');
    await toResults(page, { country_now: 'QA', nationality: 'PH', age: 30, wages_withheld: 'yes', tied_to_employer: 'yes', residence_status: 'work_permit' }, 'no', fits);
    for (const d of await page.locator('details').all()) await d.evaluate((el) => { el.open = true; });
    await fits('the results with every disclosure open');
    await context.close();
  });
}
