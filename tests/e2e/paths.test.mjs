// Six real paths through the app on a phone (360×740), asserting what the
// results say. On every page: axe-core finds no violations and no request is
// made after the app has loaded. One path runs in Arabic, right to left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, heading, loaded, assertAccessible, toResults, plain, pickLanguage } from './harness.mjs';

let browser, server, url;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** Opens the app, walks a path with axe on every page, and returns the results page. */
async function path(answers, { locale = 'en-GB', lang } = {}) {
  const opened = await openPage(browser, { locale });
  const { page, requests, errors } = opened;
  await page.goto(url);
  await heading(page);
  await loaded(page);
  if (lang) {
    // Switching fetches every language once (privacy.test.mjs checks those
    // two requests); after it, as after load, nothing more is fetched.
    await pickLanguage(page, lang);
  }
  const atLoad = requests.length;
  await assertAccessible(page, 'the opening page');
  const seen = [];
  await toResults(page, answers, 'no', async (where) => {
    seen.push(where);
    await assertAccessible(page, `the page for ${where}`);
  });
  // Open every disclosure on the results so axe checks them too.
  for (const d of await page.locator('details').all()) await d.evaluate((el) => { el.open = true; });
  await assertAccessible(page, 'the results with every disclosure open');
  assert.deepEqual(requests.slice(atLoad), [], 'no request after the app loaded');
  assert.deepEqual(errors, []);
  return { ...opened, seen };
}

const finding = async (page, id) => page.locator(`[data-finding="${id}"]`).getAttribute('data-level');
const status = async (page, id) => page.locator(`[data-protection="${id}"]`).first().getAttribute('data-status');
const text = async (page, sel) => plain(await page.locator(sel).innerText());

test('a domestic worker in the UK whose passport was taken sees servitude, the NRM, 30 days to recover and the helpline', async () => {
  const { page, context } = await path({
    country_now: 'GB', nationality: 'PH', age: 34, work_kind: 'domestic', recruited: 'yes', recruited_by: 'agency',
    deceived_about_work: 'yes', documents_kept: 'yes', documents_held_by: 'employer', lives_at_workplace: 'yes',
    cannot_leave: 'yes', isolated: 'yes', residence_status: 'expired', speaks_local_language: 'yes',
  });
  assert.equal(await finding(page, 'servitude'), 'strong');
  assert.equal(await finding(page, 'trafficking'), 'strong');
  assert.match(await text(page, '[data-finding="trafficking"]'), /Your answers show strong signs of human trafficking\./);
  assert.equal(await status(page, 'coe.ecat.art_13.recovery_period'), 'may_apply');
  assert.match(await text(page, '[data-protection="coe.ecat.art_13.recovery_period"]'), /At least 30 days/);
  assert.equal(await page.locator('.danger a[href="tel:999"]').count(), 1);
  assert.equal(await page.locator('[data-help="gb.modern_slavery_helpline"] a[href^="tel:"]').count(), 1);
  const steps = await page.locator('.next-steps [data-step]').evaluateAll((els) => els.map((e) => `${e.dataset.step}:${e.dataset.stepHelp}`));
  assert.deepEqual(steps.slice(0, 1), ['call_trafficking_helpline:gb.modern_slavery_helpline']);
  assert.ok(steps.length >= 2 && steps.length <= 3, `two or three next steps: ${steps}`);
  assert.equal(await page.locator('.next-steps [data-step="call_trafficking_helpline"] a[href^="tel:"]').count(), 1, 'tap to call');
  assert.doesNotMatch(await page.locator('main').innerText(), /you are a victim/i);
  await context.close();
});

test('a 16-year-old made to tend a cannabis farm in the Netherlands is treated as a child and not punished', async () => {
  const { page, context } = await path({
    country_now: 'NL', nationality: 'ZZ', age: 16, work_kind: 'criminal_activity', moved_by_others: 'yes',
    made_to_break_law: 'yes', locked_in: 'yes', speaks_local_language: 'no',
  });
  assert.equal(await finding(page, 'trafficking'), 'strong');
  assert.equal(await finding(page, 'possible_child'), 'strong');
  assert.equal(await status(page, 'coe.ecat.art_10_3.presumed_child'), 'applies');
  assert.equal(await status(page, 'eu.directive_2011_36.art_8.non_prosecution'), 'may_apply');
  assert.match(await text(page, '.needs'), /Help for children/);
  assert.match(await text(page, '.needs'), /interpret/);
  await context.close();
});

test('an adult beaten while smuggled into Italy who fears going home sees non-refoulement and is not liable for being smuggled', async () => {
  const { page, context } = await path({
    country_now: 'IT', nationality: 'ZZ', age: 27, journey: 'smuggled', harmed_on_journey: 'yes',
    fear_of_return: 'yes', fear_reason: 'persecution',
  });
  assert.equal(await finding(page, 'smuggling_abuse'), 'strong');
  assert.equal(await finding(page, 'international_protection'), 'strong');
  assert.equal(await status(page, 'un.refugee_convention.art_33.non_refoulement'), 'may_apply');
  assert.equal(await status(page, 'un.cat.art_3.no_return_to_torture'), 'may_apply');
  assert.equal(await status(page, 'un.smuggling_protocol.art_5.not_liable_for_being_smuggled'), 'applies');
  assert.equal(await page.locator('[data-help="it.numero_verde_antitratta"]').count(), 1);
  await context.close();
});

test('a farm worker in Spain paid far less than promised sees unfair work and back pay, with no trafficking claim', async () => {
  const { page, context } = await path({
    country_now: 'ES', nationality: 'ZZ', age: 41, work_kind: 'agriculture', recruited: 'no', forced_to_go: 'no',
    moved_by_others: 'no', deceived_about_pay: 'yes', residence_status: 'no_papers', hours_per_day: 10, days_off_per_week: 1,
  });
  assert.equal(await finding(page, 'labour_exploitation'), 'some');
  assert.equal(await page.locator('[data-finding="trafficking"]').count(), 0, 'no trafficking card: it is under "signs we did not find"');
  assert.equal(await status(page, 'eu.directive_2009_52.art_6.back_pay'), 'may_apply');
  assert.match(await text(page, '.needs'), /Getting the pay you are owed/);
  await context.close();
});

test('a worker on a tied visa in Qatar whose wages are withheld sees the minimum wage and the right to change employer', async () => {
  const { page, context } = await path({
    country_now: 'QA', nationality: 'PH', age: 30, work_kind: 'construction', residence_status: 'work_permit',
    tied_to_employer: 'yes', wages_withheld: 'yes', recruited: 'yes', recruited_by: 'agency', paid_recruitment_fee: 'yes',
  });
  assert.equal(await finding(page, 'labour_exploitation'), 'some');
  assert.equal(await status(page, 'qa.law_17_2020.art_2.minimum_wage'), 'applies');
  assert.match(await text(page, '[data-protection="qa.law_17_2020.art_2.minimum_wage"]'), /1000\.00 QAR/);
  assert.ok(await page.locator('[data-protection^="qa.law_18_2020"]').count() >= 1);
  await context.close();
});

test('someone whose answers show no signs sees no signs, and still sees where to get help', async () => {
  const { page, context } = await path({ country_now: 'GB', nationality: 'GB', age: 40, speaks_local_language: 'yes', days_off_per_week: 2, hours_per_day: 8 });
  assert.equal(await page.locator('[data-finding][data-level="some"], [data-finding][data-level="strong"]').count(), 0);
  assert.match(plain(await page.locator('details.not-found summary').first().innerText()), /Signs we did not find/);
  assert.equal(await page.locator('.danger a[href="tel:999"]').count(), 1);
  assert.ok(await page.locator('[data-help]').count() >= 2);
  await context.close();
});

test('in Arabic the whole path reads right to left and the results are in Arabic', async () => {
  const { page, context } = await path({
    country_now: 'GB', nationality: 'ZZ', age: 29, recruited: 'yes', deceived_about_work: 'yes', documents_kept: 'yes',
    documents_held_by: 'employer',
  }, { lang: 'ar' });
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  const h1 = await text(page, 'main h1');
  assert.match(h1, /[\u0600-\u06FF]/, `the results heading is in Arabic: ${h1}`);
  assert.equal(await finding(page, 'trafficking'), 'strong');
  await context.close();
});
