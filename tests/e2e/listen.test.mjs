// The Listen button (issue 13, point 4), with the device's real voices:
// Debian's Chromium speaking through speech-dispatcher and espeak-ng, whose
// voices are all on the device (`launch({ voices: true })`). Nothing here
// stands in for speechSynthesis. Reading aloud makes no request; where the
// device has no local voice for the language (none at all, or none for
// Tigrinya, which espeak-ng lacks) no button is shown and About says which
// languages can be read aloud; the button works from the keyboard and axe
// finds nothing wrong with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, heading, loaded, assertAccessible, toResults } from './harness.mjs';

let voiced, silent, server, url;
before(async () => {
  ({ server, url } = await serve());
  voiced = await launch({ voices: true });
  silent = await launch();
});
after(async () => { await voiced?.close(); await silent?.close(); server?.close(); });

/** espeak-ng has a voice for every app language but Tigrinya and Tagalog. */
const READ_ALOUD = ['am', 'ar', 'bn', 'en', 'es', 'fa', 'fr', 'ne', 'pt', 'ro', 'ru', 'sq', 'uk', 'vi', 'zh-Hans'];

const ANSWERS = { country_now: 'GB', nationality: 'PH', age: 34, documents_kept: 'yes', documents_held_by: 'employer', recruited: 'yes', deceived_about_work: 'yes' };

/** The app, loaded, in a browser set to `locale`; its requests are logged from the start. */
async function open(browser, locale = 'en-GB') {
  const opened = await openPage(browser, { locale });
  await opened.page.goto(url);
  await heading(opened.page);
  await loaded(opened.page);
  return opened;
}

/** The About page's list of languages this device reads aloud, once the voices are in. */
async function aboutLanguages(page, { voices }) {
  await page.locator('footer > button.link-button').click();
  const p = page.locator('[data-listen-languages]');
  await p.waitFor();
  // The voices arrive a moment after the page asks for them; with none, there is nothing to wait for.
  if (voices) await page.waitForFunction(() => document.querySelector('[data-listen-languages]')?.dataset.listenLanguages !== '');
  const tags = (await p.getAttribute('data-listen-languages')).split(' ').filter(Boolean);
  return { tags, text: await p.innerText() };
}

/**
 * Presses `button` from the keyboard (focus, then Enter) and waits until the
 * device speaks: the button shows Stop, pressed, and speechSynthesis is
 * speaking. Then waits for the voice to finish, when the button is Listen again.
 */
async function listen(page, button) {
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((el) => el.getAttribute('aria-pressed') === 'true' && speechSynthesis.speaking,
    await button.elementHandle(), { polling: 'raf' });
  assert.equal((await button.innerText()).trim(), 'Stop');
  await page.waitForFunction((el) => el.getAttribute('aria-pressed') === 'false' && !speechSynthesis.speaking,
    await button.elementHandle(), { timeout: 20000 });
  assert.equal((await button.innerText()).trim(), 'Listen');
}

test('with a voice on the device, a question and a results card read aloud from the keyboard, with no request', async () => {
  const { context, page, requests, errors } = await open(voiced);
  const atLoad = requests.length;
  await toResults(page, ANSWERS, 'no', async (where) => {
    if (where !== 'in_danger_now') return;
    const question = page.locator('form[data-question="in_danger_now"] .listen__button');
    await question.waitFor();
    await listen(page, question);
  });
  for (const card of ['section.card.signs', '.help', '.danger']) {
    const button = page.locator(`${card} .listen__button`).first();
    await button.waitFor();
    await listen(page, button);
  }
  // Pressed again while it speaks, it stops at once.
  const help = page.locator('.help .listen__button').first();
  await help.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((el) => el.getAttribute('aria-pressed') === 'true', await help.elementHandle());
  await page.keyboard.press('Enter');
  await page.waitForFunction((el) => el.getAttribute('aria-pressed') === 'false' && !speechSynthesis.speaking,
    await help.elementHandle());
  assert.deepEqual(requests.slice(atLoad), [], 'no request from reading aloud');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with no voice on the device, no Listen button anywhere, and About says so', async () => {
  const { context, page, requests, errors } = await open(silent);
  const atLoad = requests.length;
  assert.equal(await page.evaluate(() => speechSynthesis.getVoices().length), 0, 'this browser has no voice');
  await toResults(page, ANSWERS, 'no', async (where) => {
    // The slot is drawn on every question and card, but holds no button.
    if (where === 'check') return;
    assert.ok(await page.locator('.listen').count() > 0, `a Listen slot on ${where}`);
    assert.equal(await page.locator('.listen__button').count(), 0, `no Listen button on ${where}`);
  });
  for (const d of await page.locator('details').all()) await d.evaluate((el) => { el.open = true; });
  assert.equal(await page.locator('.listen__button').count(), 0, 'no Listen button in any disclosure');
  const about = await aboutLanguages(page, { voices: false });
  assert.deepEqual(about.tags, []);
  assert.match(about.text, /no voice on it for reading aloud/);
  assert.deepEqual(requests.slice(atLoad), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in Tigrinya, which has no voice on this device, no Listen button, and About names the languages that do', async () => {
  const { context, page, errors } = await open(voiced, 'ti');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ti');
  // Wait for the voices first, so the absent button cannot be voices not yet in.
  const about = await aboutLanguages(page, { voices: true });
  assert.deepEqual(about.tags, READ_ALOUD);
  assert.match(about.text, /English/);
  assert.match(about.text, /Français/);
  assert.doesNotMatch(about.text, /ትግርኛ/);
  await page.locator('.back-link').click();
  await page.locator('.button--start').click();
  await page.locator('select').selectOption('GB');
  assert.ok(await page.locator('form .listen').count() === 1, 'the slot is there');
  assert.equal(await page.locator('.listen__button').count(), 0, 'no Listen button on the country question');
  await page.locator('button[type="submit"]').click();
  await page.locator('form[data-question="in_danger_now"] .listen').waitFor({ state: 'attached' });
  assert.equal(await page.locator('.listen__button').count(), 0, 'no Listen button on a question');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Listen button is named Listen, reached by Tab, and passes axe, in English and Arabic', async () => {
  for (const [locale, name] of [['en-GB', /^Listen$/], ['ar', /^استمع$/]]) {
    const { context, page, errors } = await open(voiced, locale);
    await toResults(page, ANSWERS, 'no', async (where) => {
      if (where !== 'in_danger_now') return;
      const button = page.getByRole('button', { name });
      await button.waitFor();
      assert.equal(await button.getAttribute('aria-pressed'), 'false');
      // From the question's heading (where each new page puts the focus), Tab reaches it.
      await page.locator('main h1').focus();
      let reached = false;
      for (let i = 0; i < 10 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await button.evaluate((el) => el === document.activeElement);
      }
      assert.ok(reached, 'Tab reaches the Listen button');
      await assertAccessible(page, `a question with its Listen button (${locale})`);
      // Found by its name before it is pressed: pressed, it is named Stop.
      const handle = await button.elementHandle();
      await page.keyboard.press('Enter');
      await page.waitForFunction((el) => el.getAttribute('aria-pressed') === 'true', handle);
      await assertAccessible(page, `a question while it is read aloud (${locale})`);
      await page.waitForFunction(() => !speechSynthesis.speaking, null, { timeout: 20000 });
    });
    for (const d of await page.locator('details').all()) await d.evaluate((el) => { el.open = true; });
    assert.ok(await page.locator('.card .listen__button').count() > 1, 'results cards have Listen buttons');
    // Each results card's Listen is described by the heading of what it
    // reads, so a screen reader's list of buttons tells them apart.
    const described = await page.locator('.listen__button').evaluateAll((buttons) => buttons.map((b) => {
      const about = document.getElementById(b.getAttribute('aria-describedby') || '');
      const area = b.closest('form, .card, .help, .danger');
      return { id: about?.id, about: about?.innerText.trim() || null, inside: Boolean(about && about.parentElement.contains(area)) };
    }));
    assert.ok(described.every((d) => d.about && d.inside), `every Listen is described by its own card's heading: ${JSON.stringify(described)}`);
    assert.equal(new Set(described.map((d) => d.id)).size, described.length, `each Listen is described by a heading of its own: ${JSON.stringify(described)}`);
    await assertAccessible(page, `the results with their Listen buttons (${locale})`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
