// The language picker for seventeen languages (issue 13): one tap from every
// page, each language named in its own script, usable at 320 px, by keyboard
// and by screen reader; and each language's first question shown in its
// script and direction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, heading, loaded, assertAccessible, pickLanguage, plain, markFirstPage } from './harness.mjs';

let browser, server, url;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const ENDONYMS = {
  en: 'English', fr: 'Français', es: 'Español', ar: 'العربية', pt: 'Português', ro: 'Română', sq: 'Shqip',
  uk: 'Українська', ru: 'Русский', vi: 'Tiếng Việt', tl: 'Tagalog', 'zh-Hans': '简体中文', ne: 'नेपाली',
  bn: 'বাংলা', am: 'አማርኛ', ti: 'ትግርኛ', fa: 'فارسی',
};

test('at 320 px the open picker shows all seventeen, each in its own script, as 44 px targets that fit', async () => {
  const { context, page, errors } = await openPage(browser, { context: { viewport: { width: 320, height: 640 } } });
  await page.goto(url);
  await heading(page);
  await page.locator('.languages__toggle').click();
  await page.waitForFunction(() => [...document.querySelectorAll('#languages-list button')].every((b) => b.getAttribute('aria-disabled') === 'false'));
  const buttons = await page.locator('#languages-list button').evaluateAll((bs) => bs.map((b) => {
    const r = b.getBoundingClientRect();
    return { lang: b.lang, text: b.textContent, left: r.left, right: r.right, height: r.height, scrolls: b.scrollWidth > b.clientWidth };
  }));
  assert.deepEqual(Object.fromEntries(buttons.map((b) => [b.lang, b.text])), ENDONYMS);
  for (const b of buttons) {
    assert.ok(b.left >= 0 && b.right <= 320, `${b.lang} fits across (${b.left}–${b.right})`);
    assert.ok(b.height >= 44, `${b.lang} is at least 44 px tall (${b.height})`);
    assert.equal(b.scrolls, false, `${b.lang}'s name is not cut off`);
  }
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'nothing scrolls sideways');
  await assertAccessible(page, 'the open language picker at 320 px');
  assert.deepEqual(errors, []);
  await context.close();
});

test('by keyboard alone: Tab reaches the picker, Enter opens it, a language is picked, and a screen reader hears the states', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(url);
  await heading(page);
  await page.locator('.button--start').click();
  await page.locator('form select').waitFor();
  // From the page's heading (focused on each new page), Shift+Tab goes back up to the picker.
  const toggle = page.locator('.languages__toggle');
  for (let i = 0; i < 10 && !(await toggle.evaluate((t) => t === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  assert.equal(await toggle.evaluate((t) => t === document.activeElement), true, 'the picker is reachable by keyboard on the country question');
  // As a screen reader finds them: by role, accessible name and state.
  const nav = page.getByRole('navigation', { name: 'Language' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'Enter opens the list');
  assert.equal(await nav.getByRole('button', { name: /^Language: \u2068?English\u2069?$/, expanded: true }).count(), 1, 'a screen reader hears the toggle as expanded');
  await page.waitForFunction(() => document.querySelector('#languages-list button[lang="uk"]').getAttribute('aria-disabled') === 'false');
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.lang)) !== 'uk'; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Українська');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'uk');
  assert.equal(await page.locator('form select').count(), 1, 'still on the country question: switching keeps the place');
  await toggle.click();
  const pressed = await page.getByRole('navigation', { name: 'Мова' }).getByRole('button', { pressed: true }).allInnerTexts();
  assert.deepEqual(pressed, ['Українська'], 'the current language is the pressed one');
  assert.equal(await page.getByRole('button', { name: /^Мова: \u2068?Українська\u2069?$/, expanded: true }).count(), 1, 'the toggle names the language in its own words');
  await context.close();
});

// Each language's first question (the country one), in its script and
// direction, with every country named in it: what scripts/screenshots.mjs
// photographs for a person to look at.
for (const lang of Object.keys(ENDONYMS)) {
  test(`the first question reads in ${ENDONYMS[lang]} (${lang}), in its direction, with no message ID showing`, async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(url);
    await heading(page);
    await loaded(page);
    if (lang !== 'en') await pickLanguage(page, lang);
    await page.locator('.button--start').click();
    await page.locator('form select').waitFor();
    const text = plain(await page.locator('main').innerText());
    assert.doesNotMatch(text, /\b(question|country|hint|setup|option)-[a-z_]+/, 'a message ID shows');
    const dir = await page.evaluate(() => document.documentElement.dir);
    assert.equal(dir, ['ar', 'fa'].includes(lang) ? 'rtl' : 'ltr');
    // The picker's button names the language in use in its own words, with
    // the language's own punctuation (French spaces its colon, Chinese uses a
    // full-width one).
    const toggle = plain(await page.locator('.languages__toggle').innerText());
    assert.ok(toggle.endsWith(ENDONYMS[lang]), `the toggle names ${ENDONYMS[lang]}: ${toggle}`);
    if (lang === 'fr') assert.match(toggle, /^Langue\u00a0: /);
    if (lang === 'zh-Hans') assert.match(toggle, /^语言：/);
    const names = await page.locator('form select option').allInnerTexts();
    assert.ok(names.length >= 13, `the countries are listed; got ${names}`);
    if (lang !== 'en') {
      const english = ['Australia', 'Canada', 'Germany', 'United Kingdom'];
      assert.ok(!english.every((n) => names.includes(n)), `the country names are translated into ${lang}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// Budgets (issue 13): each language's page words at most 10 KB brotli, and
// everything fetched before the app has drawn its first page at most 250 KB
// brotli, measured for the language with the largest page words. Sizes, not
// times: the files as the server sends them (their .br copies).
test('page words stay under 10 KB brotli each, and what loads before the first page under 250 KB', async () => {
  const dist = process.env.DIST || 'dist';
  const { readdirSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const brotli = (path) => statSync(join(dist, `${path}.br`)).size;
  const words = Object.fromEntries(readdirSync(join(dist, 'l10n')).filter((n) => /^(?!all-).+-ui\.bin$/.test(n)).map((n) => [n, brotli(`l10n/${n}`)]));
  assert.equal(Object.keys(words).length, Object.keys(ENDONYMS).length, 'page words for every language');
  for (const [name, size] of Object.entries(words)) assert.ok(size <= 10 * 1024, `${name} is ${size} bytes brotli`);
  const [largest] = Object.entries(words).sort((a, b) => b[1] - a[1])[0];
  const lang = largest.replace('-ui.bin', '');
  const { context, page } = await openPage(browser, { locale: lang });
  // The moment the app has drawn its first page, in the page's own clock, so
  // that what the app asks for right after it (the later code) is not counted
  // however late the test's own check runs.
  await page.addInitScript(markFirstPage);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstPageAt !== undefined);
  const before = ['/', ...new Set(await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.startTime < window.__firstPageAt).map((e) => new URL(e.name).pathname)))];
  await context.close();
  assert.ok(before.includes(`/l10n/${lang}-ui.bin`), `${lang}'s page words come before the first page: ${before}`);
  const files = before.map((p) => (p === '/' ? 'index.html' : p.slice(1))).filter((p) => {
    try { return statSync(join(dist, `${p}.br`)).isFile(); } catch { return false; }
  });
  const total = files.reduce((sum, p) => sum + brotli(p), 0);
  assert.ok(total <= 250 * 1024, `before the first page in ${lang}: ${total} bytes brotli (${files.join(', ')})`);
});
