// The results as a plan, on a phone (360×740): the first helpline within the
// first two screens, and nothing the engine says lost on the way: every
// protection the engine returns for the person's answers is on the page (in a
// disclosure), and in the printed PDF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, openPage, heading, loaded, toResults, plain, PHONE, assess, pickLanguage } from './harness.mjs';

let browser, server, url;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });


const STORY = {
  country_now: 'GB', nationality: 'PH', age: 34, work_kind: 'domestic', recruited: 'yes', recruited_by: 'agency',
  deceived_about_work: 'yes', documents_kept: 'yes', documents_held_by: 'employer', lives_at_workplace: 'yes',
  cannot_leave: 'yes', isolated: 'yes', wages_withheld: 'yes', residence_status: 'expired',
};

test('every protection the engine returns is on the results page and in the printed PDF', async () => {
  const { page, context } = await openPage(browser, { locale: 'en-GB' });
  await page.goto(url);
  await heading(page);
  await loaded(page);
  const { chosen } = await toResults(page, STORY);
  const asOf = await page.locator('[data-as-of]').getAttribute('data-as-of');
  const engine = assess(chosen, asOf);
  const want = engine.protections.map((p) => p.id).sort();
  assert.ok(want.length > 10, `the engine returns ${want.length} protections`);
  const shown = [...new Set(await page.locator('[data-protection]').evaluateAll((els) => els.map((e) => e.dataset.protection)))].sort();
  assert.deepEqual(shown, want, 'the page shows exactly the protections the engine returns');
  for (const p of engine.protections.filter((x) => x.status !== 'does_not_apply')) {
    assert.equal(await page.locator(`[data-protection="${p.id}"][data-status]`).getAttribute('data-status'), p.status, p.id);
  }
  // Every protection's name, as shown, is in the PDF.
  for (const d of await page.locator('details').all()) await d.evaluate((el) => { el.open = true; });
  const names = await page.locator('[data-protection]').evaluateAll((els) => els.map((e) => (e.querySelector('h3, h4') ?? e).textContent.trim()));
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const dir = mkdtempSync(join(tmpdir(), 'entitle-plan-'));
  writeFileSync(join(dir, 'results.pdf'), await page.pdf({ format: 'A4' }));
  const pdf = plain(execFileSync('pdftotext', [join(dir, 'results.pdf'), '-']).toString()).replace(/\s+/g, ' ');
  // Long addresses wrap across lines on paper, and pdftotext drops a hyphen
  // where a line breaks at one: compare them without spaces and hyphens.
  const squeeze = (t) => t.replace(/[\s-]+/g, '');
  const squeezed = squeeze(pdf);
  for (const name of names) {
    assert.ok(pdf.includes(plain(name).replace(/\s+/g, ' ')), `the PDF has "${name}"`);
  }
  for (const p of engine.protections) {
    for (const c of p.citations) assert.ok(squeezed.includes(squeeze(c.url)), `the PDF has the source ${c.url} of ${p.id}`);
  }
  await context.close();
});

test('a strong case fits in 8 phone screens with its disclosures closed, the first tap-to-call helpline within the first two', async () => {
  const { page, context } = await openPage(browser, { locale: 'en-GB' });
  await page.goto(url);
  await heading(page);
  await loaded(page);
  await toResults(page, STORY);
  const helpline = page.locator('.next-steps a[href^="tel:"]').first();
  const top = (await helpline.boundingBox()).y + await page.evaluate(() => window.scrollY);
  assert.ok(top < 2 * PHONE.height, `the first helpline button starts ${Math.round(top)} px down`);
  const screens = await page.evaluate((h) => document.documentElement.scrollHeight / h, PHONE.height);
  console.log(`# results, disclosures closed: ${screens.toFixed(2)} phone screens`);
  assert.ok(await page.locator('.sign--strong').count() > 0, 'the story is a strong case');
  assert.equal(await page.locator('details[open]').count(), 0, 'every disclosure is closed');
  assert.ok(screens <= 8, `the results are ${screens.toFixed(2)} phone screens long`);
  await context.close();
});

// The date the rules are read on, in the person's own conventions: the
// browser's region for the language shown (its order and calendar), and the
// language alone when the person picked another language.
for (const [locale, pick, pattern] of [
  ['en-GB', null, /on \d{1,2} [A-Z][a-z]+ \d{4}\./],
  ['en-US', null, /on [A-Z][a-z]+ \d{1,2}, \d{4}\./],
  ['es-MX', 'en', /on [A-Z][a-z]+ \d{1,2}, \d{4}\./],
  ['ar-EG', null, /بتاريخ [٠-٩]{1,2} \S+ [٠-٩]{4}/],
  ['ar-MA', null, /بتاريخ [0-9]{1,2} \S+ [0-9]{4}/],
]) {
  test(`dates follow the person's conventions (${locale}${pick ? `, ${pick} picked` : ''})`, async () => {
    const { page, context } = await openPage(browser, { locale });
    await page.goto(url);
    await heading(page);
    await loaded(page);
    if (pick) {
      await pickLanguage(page, pick);
    }
    await toResults(page, { country_now: 'GB' });
    const meta = plain(await page.locator('.results__meta').innerText());
    assert.match(meta, pattern, meta);
    await context.close();
  });
}
