// What the results say about the law's limits, as a person sees them on a phone:
// numbers outside their real range are refused, a protection a need brings up
// says it is for people with signs, decisions that come first and "one of
// these" conditions are shown, unknowns are named as what they are, countries
// read with their article, and unchecked help says so. axe on every page checked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, heading, loaded, assertAccessible, toResults, plain } from './harness.mjs';

let browser, server, url;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function open(locale = 'en-GB') {
  const opened = await openPage(browser, { locale });
  await opened.page.goto(url);
  await heading(opened.page);
  await loaded(opened.page);
  return opened;
}

const text = async (page, sel) => plain(await page.locator(sel).first().innerText());

/** Opens every disclosure on the results, as a reader who wants everything would. */
async function openAll(page) {
  for (const d of await page.locator('details').all()) await d.evaluate((el) => { el.open = true; });
}

/** Types a number that the field must refuse, and returns the error summary's words. */
async function refused(page, value) {
  await page.locator('input[value="number"]').check();
  await page.locator('#q-number').fill(String(value));
  await page.locator('button[type="submit"]').click();
  await page.locator('.error-summary').waitFor();
  return plain(await page.locator('.error-summary').innerText());
}

test('hours and days off outside their real range are refused with the range named, then a real answer goes on', async () => {
  const { page, context, errors } = await open();
  const seen = {};
  await toResults(page, { country_now: 'GB', nationality: 'PH', age: 30, hours_per_day: 12, days_off_per_week: 1 }, 'no', async (q) => {
    if (q === 'hours_per_day') {
      seen.hours = await refused(page, 25);
      assert.equal(await page.locator('#q-error').count(), 1, 'the field has its own error message');
      await assertAccessible(page, 'the hours question with its error');
    }
    if (q === 'days_off_per_week') seen.days = await refused(page, 8);
  });
  assert.match(seen.hours, /from 0 to 24/);
  assert.match(seen.days, /from 0 to 7/);
  await page.locator('[data-page="results"]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a protection that only a need brings up says it is for people with signs, and shows the decision that must come first', async () => {
  const { page, context } = await open();
  await toResults(page, {
    country_now: 'GB', nationality: 'PH', age: 34, in_danger_now: 'yes', health_needs: 'yes', speaks_local_language: 'yes',
  });
  await openAll(page);
  const card = '[data-protection="gb.nrm_guidance.recovery.recovery_period"]';
  assert.equal(await page.locator(card).getAttribute('data-status'), 'needs_information');
  assert.match(await text(page, `${card} [data-outside-scope]`), /for people whose answers show signs of: Human trafficking, Forced work, Servitude/);
  assert.match(await text(page, card), /What must happen first/);
  assert.match(await text(page, card), /reasonable grounds to believe/);
  assert.equal(await page.locator('[data-protection="un.smuggling_protocol.art_16.protection_from_violence"][data-status="applies"]').count(), 0,
    'never smuggled: the Smuggling Protocol does not apply');
  assert.match(await text(page, '.results__meta'), /rules in the United Kingdom/);
  await assertAccessible(page, 'the results');
  await context.close();
});

test('conditions the law joins with "or" are shown as one of these', async () => {
  const { page, context } = await open();
  await toResults(page, {
    country_now: 'FR', nationality: 'ZZ', age: 28, recruited: 'yes', deceived_about_work: 'yes', documents_kept: 'yes',
    documents_held_by: 'employer', still_there: 'no', reported_to_police: 'yes', willing_to_help_police: 'no',
  });
  await openAll(page);
  const card = '[data-protection="fr.ceseda.l_425_1.temporary_residence_card"]';
  assert.equal(await page.locator(card).getAttribute('data-status'), 'may_apply');
  assert.match(await text(page, card), /One of these is enough: \(yes\)\s+You have told the police \(yes\)\s+You are willing to help the police \(no\)/);
  await context.close();
});

test('an adult unsure whether they were under 18 when it began is told exactly that, not that their age is unknown', async () => {
  const { page, context } = await open();
  await toResults(page, { country_now: 'GB', nationality: 'PH', age: 34, recruited: 'yes', under_18_when_it_began: 'dont_know' });
  await openAll(page);
  const card = await text(page, '[data-finding="possible_child"]');
  assert.match(card, /under 18 when this began/);
  assert.doesNotMatch(card, /do not know your age/);
  await context.close();
});

test('a help entry nobody could confirm in an official source is shown as not checked', async () => {
  const { page, context } = await open();
  await toResults(page, { country_now: 'QA', nationality: 'PH', age: 31, wages_withheld: 'yes' });
  const entry = '[data-help="qa.labour_complaints_platform"]';
  assert.equal(await page.locator(entry).getAttribute('data-checked'), 'false');
  assert.match(await text(page, entry), /have not been checked/);
  assert.equal(await page.locator('[data-help][data-checked="true"]').count() > 0, true, 'checked entries say when');
  await context.close();
});

test('in French the country takes its article in running text', async () => {
  const { page, context } = await open('fr-FR');
  await toResults(page, { country_now: 'FR', nationality: 'ZZ', age: 28 });
  assert.match(await text(page, '.results__meta'), /Selon les règles de la France en vigueur le/);
  await context.close();
});
