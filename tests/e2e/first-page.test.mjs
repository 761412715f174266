// The first page before the WebAssembly: index.html carries the opening page
// and the country question Start leads to, in every language, drawn at build
// time by the app's own components (src/first_page.rs). The person's is
// readable while the WebAssembly downloads (its Exit link is tested in
// safety.test.mjs), and Start, Back and the country list already work; then
// the app takes its place with no flash, no jump and no lost focus or choice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, heading, loaded, assertAccessible } from './harness.mjs';

let browser, server, url;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** The opening page's heading as the app itself draws it, in `locale`'s language. */
async function appHeading(locale) {
  const { context, page } = await openPage(browser, { locale });
  await page.goto(url);
  const text = await heading(page);
  await context.close();
  return text;
}

/** A page whose main WebAssembly file is held back until `release()`. */
async function held(locale) {
  const opened = await openPage(browser, { locale });
  const waiting = [];
  let released = false;
  await opened.context.route('**/entitle_bg.wasm', (route) => (released ? route.continue() : waiting.push(route)));
  await opened.page.goto(url, { waitUntil: 'domcontentloaded' });
  await opened.page.locator('main h1:visible').waitFor();
  const release = async () => { released = true; for (const r of waiting.splice(0)) await r.continue(); };
  return { ...opened, release };
}

for (const [locale, lang, dir] of [['en-GB', 'en', 'ltr'], ['fr-FR', 'fr', 'ltr'], ['ar-EG', 'ar', 'rtl']]) {
  test(`before the WebAssembly, the first page is readable in the person's language (${lang}) and accessible`, async () => {
    const { context, page } = await held(locale);
    assert.equal(await page.locator('main h1:visible').innerText(), await appHeading(locale), 'the same words the app shows');
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [lang, dir]);
    assert.deepEqual(
      await page.locator('[data-first-page]').evaluateAll((ps) => ps.map((p) => `${p.dataset.firstPage}:${p.dataset.page}`)),
      [`${lang}:start`, `${lang}:setup`],
      'the other languages are dropped',
    );
    assert.equal(await page.locator('#app').isHidden(), true, 'the app has not started');
    await assertAccessible(page, `the first page from the HTML (${lang})`);
    await context.close();
  });
}

test('the app takes the first page\'s place with no flash, no jump and no lost focus', async () => {
  const { context, page, release, errors } = await held('en-GB');
  const start = page.locator('.button--start');
  await start.focus();
  const before = await page.evaluate(() => {
    // Every frame, what a person would see: the heading's words and place.
    window.__frames = [];
    const sample = () => {
      const h = [...document.querySelectorAll('main h1')].find((el) => el.getBoundingClientRect().height > 0);
      const r = h?.getBoundingClientRect();
      window.__frames.push(h ? `${h.innerText}@${r.top},${r.left}` : 'nothing');
      window.__sampling = requestAnimationFrame(sample);
    };
    sample();
    return window.__frames[0];
  });
  await release();
  await loaded(page);
  await page.waitForFunction(() => !document.getElementById('first-page'));
  const frames = await page.evaluate(() => { cancelAnimationFrame(window.__sampling); return window.__frames; });
  assert.ok(frames.length > 1, 'frames were sampled');
  assert.deepEqual([...new Set(frames)], [before], 'every frame shows the same heading in the same place');
  assert.equal(await page.locator('h1').count(), 1, 'one page, not two');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#app .button--start')), 'focus stays on Start, now the app\'s own');
  await page.keyboard.press('Enter');
  await page.locator('select#country').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('before the WebAssembly, Start leads to the country question; the app keeps the country chosen there and the focus', async () => {
  const { context, page, release, errors } = await held('en-GB');
  await page.locator('.button--start').click();
  const question = page.locator('#first-page select#country');
  await question.waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement.matches('#first-page h1')), true, 'focus moves to the question, as the app does');
  // Back and Start again, as a person finding their way.
  await page.locator('#first-page .back-link:visible').click();
  await page.locator('#first-page .button--start:visible').waitFor();
  await page.locator('#first-page .button--start:visible').click();
  // Continue before the app is here says to wait, and loses nothing.
  await page.locator('#first-page form:visible button[type=submit]').click();
  assert.equal(await page.locator('#first-page form:visible [role=status]').innerText(), 'Still getting ready. Please try again in a moment.');
  await question.selectOption('FR');
  await question.focus();
  await release();
  await loaded(page);
  await page.waitForFunction(() => !document.getElementById('first-page'));
  assert.equal(await page.locator('h1').count(), 1, 'one page, not two');
  assert.equal(await page.locator('#app select#country').inputValue(), 'FR', 'the country chosen before the app is kept');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#app select#country')), 'focus stays on the list, now the app\'s own');
  await page.locator('#app form button[type=submit]').click();
  await page.waitForFunction(() => document.querySelector('main form[data-question]')?.dataset.question !== 'country_now');
  // Back from the next question returns to the country question with France chosen.
  await page.locator('.back-link').click();
  assert.equal(await page.locator('select#country').inputValue(), 'FR');
  assert.deepEqual(errors, []);
  await context.close();
});

test('before the WebAssembly, the language button says to wait; the app then opens the list it was asked for, keeping the focus', async () => {
  const { context, page, release, requests, errors } = await held('en-GB');
  const toggle = page.locator('#first-page .languages__toggle:visible');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'the button says it was opened');
  assert.equal(await page.locator('#first-page .languages__status:visible').innerText(), 'Still getting ready. Please try again in a moment.');
  assert.ok(!requests.some((r) => r.url.includes('all-ui.bin')), 'nothing is fetched for it before the app');
  await release();
  await loaded(page);
  await page.waitForFunction(() => !document.getElementById('first-page'));
  await page.locator('#languages-list').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#app .languages__toggle').getAttribute('aria-expanded'), 'true', 'the app opened the list');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#app .languages__toggle')), 'focus stays on the button, now the app\'s own');
  // As opening it in the app does: every language's page words, in one file.
  await page.waitForFunction(() => [...document.querySelectorAll('#languages-list button')].every((b) => b.getAttribute('aria-disabled') === 'false'));
  assert.ok(requests.some((r) => r.url.endsWith('/l10n/all-ui.bin')), 'the list fetched every language at once');
  await page.locator('#languages-list button[lang="fr"]').click();
  await page.locator('main h1', { hasText: /./ }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr', 'a language can be picked from it');
  assert.deepEqual(errors, []);
  await context.close();
});

test('before the WebAssembly, the language button pressed twice closes again, and the app leaves the list closed', async () => {
  const { context, page, release, requests } = await held('en-GB');
  const toggle = page.locator('#first-page .languages__toggle:visible');
  await toggle.click();
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#first-page [data-first-page]:not([hidden]) .languages__status').textContent(), '');
  await release();
  await loaded(page);
  await page.waitForFunction(() => !document.getElementById('first-page'));
  assert.equal(await page.locator('#languages-list').isHidden(), true);
  assert.ok(!requests.some((r) => r.url.includes('all-ui.bin')), 'no other language is fetched');
  await context.close();
});
