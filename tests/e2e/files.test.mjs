// The file a person keeps (issue 11), through Chromium's real download and
// file chooser: saved plain and locked with a passphrase, each opens again
// with identical answers; `assess` reads what the browser locked; broken
// files are each refused with their own translated message and the answers
// on screen stay as they were; saving makes no request and stores nothing;
// axe on both pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, openPage, heading, loaded, walkQuestions, assertAccessible, stored, plain } from './harness.mjs';

let browser, server, url;
const dir = mkdtempSync(join(tmpdir(), 'entitle-files-'));
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const STORY = {
  country_now: 'GB', age: 30, pay_problem: 'yes', wages_withheld: 'yes', work_out_pay: 'yes',
  work_began: '2024-01', work_ended: '2024-06', pay_promised: '1800.00 GBP/month', pay_received: '1200.00 GBP',
  documents_kept: 'yes', documents_held_by: 'employer',
};

/** The check page's rows: question and answer in words. */
async function rows(page) {
  return page.locator('.summary__row').evaluateAll((rs) => rs.map((r) => `${r.dataset.question}: ${r.querySelector('.summary__value').innerText.trim()}`));
}

/** From a fresh page to the check page with the story answered. */
async function answered(lang = 'en-GB') {
  const opened = await openPage(browser, { locale: lang });
  await opened.page.goto(url);
  await heading(opened.page);
  await loaded(opened.page);
  opened.atLoad = opened.requests.length;
  opened.historyAtLoad = await opened.page.evaluate(() => history.length);
  await opened.page.locator('.button--start').click();
  await walkQuestions(opened.page, STORY, 'no');
  return opened;
}

/** Saves from the check page through the real download; returns the file's text. */
async function save(page, passphrase) {
  if (!(await page.locator('[data-page="save"]').count())) await page.locator('.actions [data-action="save"]').click();
  await page.locator('[data-page="save"]').waitFor();
  if (passphrase === undefined) {
    await page.locator('#save-plain').check();
  } else {
    await page.locator('#save-protect').check();
    await page.locator('#save-passphrase').fill(passphrase);
    await page.locator('#save-passphrase-again').fill(passphrase);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('form[data-form="save"] button[type="submit"]').click()]);
  assert.equal(download.suggestedFilename(), 'answers.json');
  const path = join(dir, `saved-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  await download.saveAs(path);
  await page.locator('[data-status="save"]', { hasText: 'answers.json' }).waitFor();
  if (passphrase !== undefined) {
    assert.equal(await page.locator('#save-passphrase').inputValue(), '', 'the passphrase does not stay on the page');
  }
  return readFileSync(path, 'utf8');
}

/** Opens a file through the real file chooser, from the check page or the opening page. */
async function choose(page, name, bytes) {
  if (await page.locator('[data-page="save"]').count()) {
    await page.locator('.back-link').click();
    await page.locator('[data-page="check"]').waitFor();
  }
  await page.locator('[data-action="open"]').first().click();
  await page.locator('[data-page="open"]').waitFor();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#open-file').click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) });
}

async function unlock(page, passphrase) {
  await page.locator('#open-passphrase').waitFor();
  await page.locator('#open-passphrase').fill(passphrase);
  await page.locator('form[data-form="open"] button[type="submit"]').click();
}

test('answers saved plain open again, identical, on a fresh page', async () => {
  const { page, context, requests, atLoad, historyAtLoad, errors } = await answered();
  const before = await rows(page);
  const text = await save(page);
  const file = JSON.parse(text);
  assert.equal(file.format, 'entitle-answers');
  assert.equal(file.version, 1);
  assert.equal(file.answers.pay_promised, '1800.00 GBP/month');
  assert.equal(file.answers.documents_held_by, 'employer');
  assert.deepEqual(requests.slice(atLoad).filter((r) => !r.url.startsWith('blob:')), [], 'saving makes no request');
  assert.deepEqual(await stored(page), { cookies: 0, local: 0, session: 0, idb: [], history: historyAtLoad }, 'saving stores nothing');
  await context.close();

  const fresh = await openPage(browser);
  await fresh.page.goto(url);
  await heading(fresh.page);
  await loaded(fresh.page);
  await choose(fresh.page, 'answers.json', text);
  await fresh.page.locator('[data-page="check"]').waitFor();
  assert.deepEqual(await rows(fresh.page), before, 'the check page shows the same answers');
  assert.equal(await save(fresh.page), text, 'saved again, the file is the same');
  // The case summary can be printed from the opened file.
  await fresh.page.locator('.back-link').click();
  await fresh.page.locator('[data-action="results"]').click();
  await fresh.page.locator('[data-page="results"]').waitFor();
  await fresh.page.locator('.actions [data-action="summary"]').click();
  await fresh.page.locator('[data-page="summary"]').waitFor();
  const summary = plain(await fresh.page.locator('main').innerText());
  assert.match(summary, /1,800\.00|1800/, 'the summary has the promised pay from the file');
  assert.deepEqual(errors, []);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
});

test('answers locked with a passphrase open again with it, and assess reads the same file', async () => {
  const { page, context, requests, atLoad, historyAtLoad } = await answered('fr-FR');
  const before = await rows(page);
  const passphrase = 'citron vert 7 é';
  const locked = await save(page, passphrase);
  const file = JSON.parse(locked);
  assert.equal(file.format, 'entitle-answers-sealed');
  assert.equal(file.kdf, 'PBKDF2-SHA-256');
  assert.equal(file.cipher, 'AES-256-GCM');
  assert.ok(file.iterations >= 600000);
  assert.equal(Buffer.from(file.salt, 'base64').length, 16);
  assert.equal(Buffer.from(file.iv, 'base64').length, 12);
  // No answer readable: not in the envelope's own fields, and not in the
  // ciphertext's bytes (looked for as whole JSON keys: a short word such as
  // "GBP" turns up in random base64 now and then).
  const envelope = JSON.stringify({ ...file, data: undefined, salt: undefined, iv: undefined });
  assert.ok(!envelope.includes('GBP') && !envelope.includes('employer'), `no answer is readable in the locked file: ${envelope}`);
  const sealed = Buffer.from(file.data, 'base64');
  for (const key of ['"country_now"', '"pay_received"', '"answers"']) assert.ok(!sealed.includes(key), `the sealed bytes do not hold ${key}`);
  const plainText = await save(page);
  for (const key of ['"country_now"', '"pay_received"', '"answers"']) assert.ok(plainText.includes(key), `the plain file holds ${key}, which the sealed one hides`);
  assert.deepEqual(requests.slice(atLoad).filter((r) => !r.url.startsWith('blob:')), [], 'locking makes no request');
  assert.deepEqual(await stored(page), { cookies: 0, local: 0, session: 0, idb: [], history: historyAtLoad });
  await context.close();

  // The same passphrase typed with the accent as two code points opens it (NFC).
  const fresh = await openPage(browser, { locale: 'fr-FR' });
  await fresh.page.goto(url);
  await heading(fresh.page);
  await loaded(fresh.page);
  await choose(fresh.page, 'answers.json', locked);
  await unlock(fresh.page, 'citron vert 7 e\u0301');
  await fresh.page.locator('[data-page="check"]').waitFor();
  assert.deepEqual(await rows(fresh.page), before);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();

  // The lawyer's copy: assess opens the browser's file with the passphrase from a file.
  const lockedPath = join(dir, 'locked.json');
  const passPath = join(dir, 'pass.txt');
  writeFileSync(lockedPath, locked);
  writeFileSync(passPath, `${passphrase}\n`);
  const run = (input, args) => JSON.parse(execFileSync('cargo', ['run', '-q', '--locked', '-p', 'entitle-engine', '--bin', 'assess', '--', '--answers', ...args],
    { input, maxBuffer: 32 << 20 }).toString());
  assert.deepEqual(run('', ['--passphrase-file', passPath, lockedPath]), run(plainText, ['-']));
  assert.deepEqual(run(plainText, ['-']), JSON.parse(plainText).answers);
});

test('every broken file is refused with its own message, and the answers on screen stay', async () => {
  const { page, context, errors } = await answered();
  const before = await rows(page);
  const good = await save(page);
  const locked = await save(page, 'lemon tree 44');
  const json = JSON.parse(good);
  const sealed = JSON.parse(locked);
  const edit = (base, f) => { const v = structuredClone(base); f(v); return JSON.stringify(v); };
  // One byte changed: the G of "GB" made lower case, a code no country has.
  // (A plain file has no seal: a change that still reads as valid answers
  // opens as those answers. The locked file's seal catches any change.)
  const lower = (text, at) => { const b = Buffer.from(text); b[at] = 0x67; return b; };
  const data = Buffer.from(sealed.data, 'base64');
  data[5] ^= 0x80;
  const cases = [
    ['empty', '', 'empty'],
    ['only spaces', '   \n', 'empty'],
    ['huge', ' '.repeat(70000) + '{}', 'too_large'],
    ['a photo', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), 'not_text'],
    ['cut short', good.slice(0, good.length / 2), 'truncated'],
    ['locked file cut short', locked.slice(0, 60), 'truncated'],
    ['not JSON', 'country_now = GB', 'not_json'],
    ['wrong magic', edit(json, (v) => { v.format = 'entitle-answer'; }), 'not_entitle'],
    ['bare answers', JSON.stringify(json.answers), 'not_entitle'],
    ['newer version', edit(json, (v) => { v.version = 2; }), 'newer'],
    ['unknown field', edit(json, (v) => { v.note = 'x'; }), 'unknown_field'],
    ['unknown answer', edit(json, (v) => { v.answers.pasport = 'yes'; }), 'unknown_field'],
    ['wrong type', edit(json, (v) => { v.answers.age = 'thirty'; }), 'wrong_value'],
    ['one byte changed', lower(good, good.indexOf('"GB"') + 1), 'wrong_value'],
    ['weak key', edit(sealed, (v) => { v.iterations = 1000; }), 'bad_seal'],
    ['other cipher', edit(sealed, (v) => { v.cipher = 'AES-128-CBC'; }), 'bad_seal'],
    ['short salt', edit(sealed, (v) => { v.salt = 'AAAA'; }), 'bad_seal'],
    ['unknown field in a locked file', edit(sealed, (v) => { v.hint = 'my dog'; }), 'unknown_field'],
    ['locked data changed', edit(sealed, (v) => { v.data = data.toString('base64'); }), 'wrong_passphrase', 'lemon tree 44'],
    ['wrong passphrase', locked, 'wrong_passphrase', 'lemon tree 45'],
  ];
  assert.ok(cases.length >= 20);
  const messages = new Map();
  for (const [name, bytes, reason, passphrase] of cases) {
    await choose(page, 'answers.json', bytes);
    if (passphrase) await unlock(page, passphrase);
    const error = page.locator('#open-error');
    await error.waitFor();
    assert.equal(await error.getAttribute('data-error'), reason, `${name}: refused as ${reason}`);
    const message = plain(await error.innerText());
    assert.match(message, /Nothing has changed/, `${name}: says the answers are kept`);
    if (messages.has(reason)) assert.equal(messages.get(reason), message.replace(/\(.*\)/, ''), `${reason}: one message`);
    messages.set(reason, message.replace(/\(.*\)/, ''));
    assert.equal(await page.locator('.error-summary').count(), 1, `${name}: the error summary is shown`);
    await page.locator('.back-link').click();
    await page.locator('[data-page="check"]').waitFor();
    assert.deepEqual(await rows(page), before, `${name}: the answers on screen are unchanged`);
  }
  // Each reason has a message of its own.
  assert.equal(new Set(messages.values()).size, messages.size);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the save and open pages pass axe, in English and in Arabic', async () => {
  for (const lang of ['en-GB', 'ar']) {
    const { page, context } = await answered(lang);
    await page.locator('.actions [data-action="save"]').click();
    await page.locator('[data-page="save"]').waitFor();
    await assertAccessible(page, `the save page (${lang})`);
    await page.locator('form[data-form="save"] button[type="submit"]').click();
    await page.locator('.error-summary').waitFor();
    await assertAccessible(page, `the save page with an error (${lang})`);
    await page.locator('.back-link').click();
    await choose(page, 'answers.json', '{}');
    await page.locator('#open-error').waitFor();
    await assertAccessible(page, `the open page with an error (${lang})`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'fits a 360 px phone');
    await context.close();
  }
});
