// Shared by the end-to-end tests: Debian's Chromium driven by playwright-core,
// against the release build served on 127.0.0.1 by scripts/serve.mjs.
// Nothing here sleeps: every wait is for a condition.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const PHONE = { width: 360, height: 740 };

// Without the background-networking flags Chromium calls home, which would
// pollute the request log and is refused on this network anyway.
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-default-apps', '--disable-extensions', '--disable-quic',
];

/**
 * Debian's Chromium. With `{ voices: true }` it has the device's own voices
 * (speech-dispatcher with espeak-ng, every one `localService`), for the
 * Listen button; without, it has none at all. speech-dispatcher reads its
 * settings from a fresh XDG_CONFIG_HOME, which sends the sound to ALSA's
 * null device (there is no sound card), and keeps its socket in a fresh
 * XDG_RUNTIME_DIR; Chromium starts it on the first request for voices.
 */
export async function launch(options = {}) {
  if (!options.voices) return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const config = mkdtempSync(join(tmpdir(), 'entitle-speech-config-'));
  mkdirSync(join(config, 'speech-dispatcher'));
  writeFileSync(join(config, 'speech-dispatcher', 'speechd.conf'), 'AudioOutputMethod "alsa"\nAudioALSADevice "null"\n');
  const runtime = mkdtempSync(join(tmpdir(), 'entitle-speech-run-'));
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'],
    env: { ...process.env, XDG_CONFIG_HOME: config, XDG_RUNTIME_DIR: runtime },
  });
}

export async function serve() {
  const server = await startServer(process.env.DIST || 'dist', 0);
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}/` };
}

/**
 * A copy of the build in a temporary folder, for a test that changes it (a
 * new build, an NGO's site.json). Without the compressed copies, which the
 * server would otherwise prefer to a changed file.
 */
export function copyBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'entitle-build-'));
  cpSync(process.env.DIST || 'dist', dir, { recursive: true });
  const walk = (d) => readdirSync(d).forEach((n) => {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(br|gz)$/.test(n)) unlinkSync(p);
  });
  walk(dir);
  return dir;
}

/** A phone-sized page that logs every request it makes. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: PHONE, locale: options.locale || 'en-GB', ...options.context });
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, requests, errors };
}

/**
 * For `page.addInitScript`: marks, in the page's own clock
 * (`window.__firstPageAt`), the moment the app has drawn its first page (the
 * page from the HTML is gone), so that what comes after is told apart however
 * late the driver looks.
 */
export function markFirstPage() {
  new MutationObserver((_, observer) => {
    if (!document.getElementById('first-page') && document.querySelector('#app main h1')) {
      window.__firstPageAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Waits for the end of start-up loading: after it the app makes no request. */
export async function loaded(page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'all');
}

/** Waits for the app (not the pre-load fallback) to show a heading. */
export async function heading(page, text) {
  const h1 = page.locator('main h1', text ? { hasText: text } : {});
  await h1.first().waitFor({ state: 'visible' });
  await loaded(page);
  return (await h1.first().innerText()).trim();
}

export async function answer(page, reply) {
  await page.locator(`input[value="${reply}"]`).check();
  await page.locator('button[type="submit"]').click();
}

/** axe-core on the current page: no violations at all, WCAG 2.2 AA rules included. */
export async function assertAccessible(page, label) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(summary, [], `axe found violations on ${label}`);
}

/** What the page has stored: cookies, Web Storage and IndexedDB. */
export async function stored(page) {
  const cookies = await page.context().cookies();
  const inPage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).map((d) => d.name),
    history: history.length,
  }));
  return { cookies: cookies.length, ...inPage };
}

/** Text without Fluent's bidi isolation marks (U+2068, U+2069) around arguments. */
export function plain(text) {
  return text.replace(/[\u2068\u2069]/g, '');
}

/**
 * The screening questions and the follow-ups each opens (the engine's
 * `flow::gate_question`). A person whose story includes a follow-up answers
 * its screening question "yes", as a person would.
 */
export const SCREENING = {
  recruited: ['recruited_by', 'forced_to_go', 'moved_by_others', 'paid_recruitment_fee'],
  promise_broken: ['deceived_about_work', 'deceived_about_pay', 'deceived_about_conditions', 'deceived_about_papers'],
  pay_problem: ['wages_withheld', 'large_deductions', 'work_out_pay'],
  owes_debt: ['debt_grows', 'must_work_off_debt'],
  documents_kept: ['documents_held_by'],
  cannot_leave: ['locked_in', 'watched', 'isolated'],
  hurt_or_threatened: ['threatened', 'family_threatened', 'threatened_with_authorities', 'physical_violence', 'sexual_violence'],
  hard_conditions: ['hours_per_day', 'days_off_per_week', 'unsafe_work', 'degrading_living'],
  made_to_do_things: ['sexual_exploitation', 'made_to_break_law', 'forced_marriage', 'organ_removal'],
  needs_help_now: ['health_needs', 'speaks_local_language', 'children_with_them', 'wants_to_go_home'],
};

/** The answer to a screening question for a story: "yes" if any of its follow-ups is part of it. */
function screeningAnswer(q, answers) {
  const follow = SCREENING[q];
  if (!follow) return undefined;
  // Speaking the language is the one follow-up asked the other way round.
  const part = (f) => answers[f] !== undefined && !(f === 'speaks_local_language' ? answers[f] === 'yes' : answers[f] === 'no');
  return follow.some(part) ? 'yes' : undefined;
}

/**
 * Goes through the questionnaire as a person would: the country on the first
 * page, then each question the app asks, answered from `answers` (question ID →
 * value; a number for age and counts) or with `fallback`, up to the check page.
 * Runs `onPage` on every page. Returns the question IDs asked, in order.
 */
export async function walkQuestions(page, answers, fallback = 'no', onPage = async () => {}) {
  const asked = [];
  const chosen = {};
  for (let i = 0; i < 80; i++) {
    const form = page.locator('form[data-question]');
    await page.locator('form[data-question], [data-page="check"]').first().waitFor({ state: 'visible' });
    if (await form.count() === 0) break;
    const q = await form.getAttribute('data-question');
    asked.push(q);
    await onPage(q);
    const want = answers[q] ?? screeningAnswer(q, answers) ?? fallback;
    if (await page.locator('#q-month').count()) {
      // A month ("2024-01"), or "still_working", or an unknown reply.
      const m = /^(\d{4})-(\d{2})$/.exec(String(want));
      if (m) {
        chosen[q] = String(want);
        await page.locator('input[type="radio"][value="month"]').check();
        await page.locator('#q-month').selectOption(String(Number(m[2])));
        await page.locator('#q-year').fill(m[1]);
      } else {
        const radio = page.locator(`input[type="radio"][value="${want}"]`);
        chosen[q] = await radio.count() ? want : 'dont_know';
        await page.locator(`input[type="radio"][value="${chosen[q]}"]`).check();
      }
    } else if (await page.locator('#q-amount').count()) {
      // An amount with its currency ("1200.00 GBP"), and what it is per ("/month").
      const m = /^([\d.]+) ([A-Z]{3})(?:\/(hour|day|week|month))?$/.exec(String(want));
      if (m) {
        chosen[q] = String(want);
        await page.locator('input[type="radio"][value="amount"]').check();
        await page.locator('#q-amount').fill(m[1]);
        await page.locator('#q-currency').selectOption(m[2]);
        if (m[3]) await page.locator('#q-per').selectOption(m[3]);
      } else {
        const radio = page.locator(`input[type="radio"][value="${want}"]`);
        chosen[q] = await radio.count() ? want : 'dont_know';
        await page.locator(`input[type="radio"][value="${chosen[q]}"]`).check();
      }
    } else if (await page.locator('form select').count()) {
      const options = await page.locator('form select option').evaluateAll((os) => os.map((o) => o.value));
      chosen[q] = options.includes(String(want)) ? String(want) : 'dont_know';
      await page.locator('form select').selectOption(chosen[q]);
    } else if (typeof want === 'number') {
      chosen[q] = want;
      await page.locator('input[value="number"]').check();
      await page.locator('#q-number').fill(String(want));
    } else {
      const radio = page.locator(`input[type="radio"][value="${want}"]`);
      chosen[q] = await radio.count() ? want : 'dont_know';
      await page.locator(`input[type="radio"][value="${chosen[q]}"]`).check();
    }
    await page.locator('button[type="submit"]').click();
    await page.waitForFunction((prev) => {
      const f = document.querySelector('form[data-question]');
      return !f || f.getAttribute('data-question') !== prev || document.querySelector('.error-summary');
    }, q);
  }
  await page.locator('[data-page="check"]').waitFor();
  return { asked, chosen };
}

/** From the start page to the results, answering as `walkQuestions` does. */
export async function toResults(page, answers, fallback = 'no', onPage = async () => {}) {
  await page.locator('.button--start').click();
  const walked = await walkQuestions(page, answers, fallback, onPage);
  await onPage('check');
  await page.locator('[data-action="results"]').click();
  await page.locator('[data-page="results"]').waitFor();
  await onPage('results');
  return walked;
}

/** The engine's own assessment of the answers a walk gave (`chosen`), from the `assess` command. */
export function assess(chosen, asOf) {
  const answers = Object.fromEntries(Object.entries(chosen).map(([q, v]) => [q, /^\d+$/.test(String(v)) ? Number(v) : v]));
  const out = execFileSync('cargo', ['run', '-q', '--locked', '-p', 'entitle-engine', '--bin', 'assess', '--', '--as-of', asOf, '-'],
    { input: JSON.stringify(answers), maxBuffer: 32 * 1024 * 1024 });
  return JSON.parse(out.toString());
}

/**
 * Switches the language as a person does: opens the picker above the page
 * (which fetches every language), waits until the language's words are
 * there (its button is no longer `aria-disabled`), and picks it.
 */
export async function pickLanguage(page, lang) {
  const toggle = page.locator('.languages__toggle');
  if (await toggle.getAttribute('aria-expanded') !== 'true') await toggle.click();
  const button = page.locator(`#languages-list button[lang="${lang}"]`);
  await page.waitForFunction((l) => document.querySelector(`#languages-list button[lang="${l}"]`)?.getAttribute('aria-disabled') === 'false', lang);
  await button.click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}
