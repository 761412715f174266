// The pay claim, as a person and then a lawyer use it: the claim's questions
// with their own inputs, the figure on the results, the case summary with the
// working of every figure and every time limit, and its PDF; axe on each new
// page; no request after load, and nothing stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, openPage, heading, loaded, toResults, plain, assertAccessible, stored, assess } from './harness.mjs';

let browser, server, url;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });


const STORY = {
  country_now: 'GB', age: 30, pay_problem: 'yes', wages_withheld: 'yes', work_out_pay: 'yes',
  work_began: '2024-01', work_ended: '2024-06', pay_promised: '1800.00 GBP/month', pay_received: '1200.00 GBP',
  hours_per_day: 10, days_off_per_week: 1,
};

test('a worker owed pay answers the claim questions and a lawyer gets the working, the time limits and the PDF', async () => {
  const { page, context, requests, errors } = await openPage(browser, { locale: 'en-GB' });
  await page.goto(url);
  await heading(page);
  await loaded(page);
  const atLoad = requests.length;
  // A new tab starts at about:blank: the history length to keep is the one at load.
  const historyAtLoad = await page.evaluate(() => history.length);
  const seen = new Set();
  const { asked, chosen } = await toResults(page, STORY, 'no', async (q) => {
    if (['work_began', 'pay_promised', 'pay_received', 'work_out_pay'].includes(q) && !seen.has(q)) {
      seen.add(q);
      await assertAccessible(page, `the question ${q}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, `${q} fits a 360 px phone without sideways scrolling`);
    }
  });
  for (const q of ['work_out_pay', 'work_began', 'work_ended', 'pay_promised', 'pay_received', 'hours_per_day']) {
    assert.ok(asked.includes(q), `${q} is asked`);
  }
  const asOf = await page.locator('[data-as-of]').getAttribute('data-as-of');
  const engine = assess(chosen, asOf);
  const claim = engine.claim;
  assert.ok(claim && claim.figures.length >= 2, 'the engine works out the claim');
  const minimum = claim.figures.find((f) => f.id === 'owed_against_minimum');
  // The results lead with the figure under the minimum wage, as the engine has it.
  const lead = page.locator('.claim [data-figure="owed_against_minimum"]');
  await lead.waitFor();
  const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(minimum.amount.split(' ')[0]);
  assert.ok(plain(await lead.innerText()).includes(pounds), `the results show ${pounds}`);
  await assertAccessible(page, 'the results with a claim');

  await page.locator('.claim [data-action="summary"]').click();
  await page.locator('[data-page="summary"]').waitFor();
  assert.deepEqual(await stored(page), { cookies: 0, local: 0, session: 0, idb: [], history: historyAtLoad }, 'nothing stored on the way to the summary');
  await assertAccessible(page, 'the case summary');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'the summary fits a 360 px phone');
  // Every figure, with its exact amount; every time limit the engine gives.
  for (const f of claim.figures) {
    assert.equal(await page.locator(`[data-figure="${f.id}"] [data-amount]`).first().getAttribute('data-amount'), f.amount, f.id);
  }
  const shownDeadlines = await page.locator('[data-deadline]').evaluateAll((els) => els.map((e) => e.dataset.deadline));
  assert.deepEqual(shownDeadlines.sort(), claim.deadlines.map((d) => d.id).sort());
  assert.ok(await page.locator('[data-stage="work"]').count(), 'the chronology has the work');

  // The PDF, as the browser prints it, has every figure, every line's working and every source.
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'entitle-claim-'));
  writeFileSync(join(dir, 'summary.pdf'), await page.pdf({ format: 'A4' }));
  const pdf = plain(execFileSync('pdftotext', [join(dir, 'summary.pdf'), '-']).toString()).replace(/\s+/g, ' ');
  const squeeze = (t) => t.replace(/[\s-]+/g, '');
  const squeezed = squeeze(pdf);
  for (const f of claim.figures) {
    // A table cell may wrap between the figure and its currency: look for the figure.
    for (const line of f.lines) {
      const figure = line.amount.split(' ')[0];
      assert.ok(squeezed.includes(figure), `the PDF has ${figure} (${f.id}, ${line.step})`);
    }
    for (const c of f.citations) assert.ok(squeezed.includes(squeeze(c.url)), `the PDF has the source ${c.url}`);
  }
  for (const d of claim.deadlines) for (const c of d.citations) assert.ok(squeezed.includes(squeeze(c.url)), `the PDF has ${c.url}`);

  assert.equal(requests.length, atLoad, `no request after load: ${JSON.stringify(requests.slice(atLoad))}`);
  assert.deepEqual(await stored(page), { cookies: 0, local: 0, session: 0, idb: [], history: historyAtLoad });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the summary in French has an English copy for the lawyer, marked as English', async () => {
  const { page, context } = await openPage(browser, { locale: 'fr-FR' });
  await page.goto(url);
  await heading(page);
  await loaded(page);
  await toResults(page, { ...STORY, country_now: 'FR', pay_received: '1200.00 EUR', pay_promised: '1800.00 EUR/month' });
  await page.locator('.actions [data-action="summary"]').click();
  await page.locator('[data-page="summary"]').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  const copy = page.locator('[data-copy="en"]');
  assert.equal(await copy.getAttribute('lang'), 'en');
  assert.match(await copy.innerText(), /Owed under the legal minimum wage/);
  assert.match(await page.locator('main').innerText(), /salaire minimum/i);
  // The working is in the reader's words too: the units and rates of each
  // formula in French, and in English in the lawyer's copy.
  const formulas = (inCopy) => page.locator('[data-figure] td.formula').evaluateAll((cells, inCopy) => cells
    .filter((c) => Boolean(c.closest('[data-copy="en"]')) === inCopy).map((c) => c.innerText), inCopy);
  const french = (await formulas(false)).map(plain).join('\n');
  assert.match(french, /\(10 h × 6 jours × 52 ÷ 12 = 260 h\) × 6 mois/, french);
  assert.doesNotMatch(french, /\b(days?|weeks?|months?|hour)\b/, 'no English unit word in the French working');
  const english = (await formulas(true)).map(plain).join('\n');
  assert.match(english, /\(10 h × 6 days × 52 ÷ 12 = 260 h\) × 6 months/, english);
  await assertAccessible(page, 'the French summary');
  await context.close();
});

test('someone unsure whether to work out their pay is not asked the claim questions', async () => {
  const { page, context } = await openPage(browser, { locale: 'en-GB' });
  await page.goto(url);
  await heading(page);
  await loaded(page);
  const { asked } = await toResults(page, { ...STORY, work_out_pay: 'dont_know' });
  assert.ok(asked.includes('work_out_pay'));
  for (const q of ['work_began', 'pay_promised', 'pay_received']) assert.ok(!asked.includes(q), `${q} is not asked`);
  assert.equal(await page.locator('.claim').count(), 0);
  await context.close();
});
