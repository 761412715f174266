// Measures what a person on a cheap phone and a slow connection pays.
//   node scripts/bench.mjs <entitle dist> <hello dist>   (ENGINE_JSON in the environment)
// Prints one JSON object. Not a test: it asserts nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { launch, markFirstPage, walkQuestions } from '../tests/e2e/harness.mjs';
import { startServer } from './serve.mjs';

const [entitleDist, helloDist] = process.argv.slice(2);
const RUNS = 7;
const PROFILE = { cpu_slowdown: 4, down_kbps: 1600, up_kbps: 750, rtt_ms: 150 };

function sizes(dist) {
  const files = {};
  const total = { raw: 0, gzip9: 0, brotli: 0 };
  const walk = (dir) => readdirSync(dir).sort().flatMap((n) => statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]);
  for (const path of walk(dist)) {
    const name = path.slice(dist.length + 1);
    if (/\.(br|gz)$/.test(name)) continue;
    const raw = readFileSync(path);
    const f = {
      raw: raw.length,
      gzip9: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    files[name] = f;
    for (const k of Object.keys(total)) total[k] += f[k];
  }
  return { files, total };
}

// Records, in the page's own clock, when text first shows (a visible main
// heading: Entitle's first page from the HTML, or the app's own), when the
// first question (the country one) does, and when the app itself has it
// ready to go on (the first page from the HTML is gone). Start is tapped
// from inside the page the moment it is there, on the first page from the
// HTML (which shows the country question before the WebAssembly is in) or
// the app's, like a person who knows where it is: the figures are the
// page's time, not the test driver's (a driver's click adds ~0.4 s of its
// own checks at 4x CPU throttling).
const MARKER = `
  window.__marks = {};
  new MutationObserver(() => {
    for (const h of document.querySelectorAll('main h1, h1#hello')) {
      const key = h.closest('form') ? 'question' : 'first';
      if (!(key in window.__marks) && h.getBoundingClientRect().height > 0) window.__marks[key] = performance.now();
    }
    if (!('ready' in window.__marks) && !document.getElementById('first-page')
      && document.querySelector('#app:not([hidden]) form h1')?.getBoundingClientRect().height > 0) {
      window.__marks.ready = performance.now();
    }
    const start = [...document.querySelectorAll('.button--start')].find((b) => b.getBoundingClientRect().height > 0);
    if (start && !window.__marks.tapped) {
      window.__marks.tapped = performance.now();
      start.click();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
`;

async function coldLoads(browser, dist, clickToQuestion, locale = 'en-GB') {
  const server = await startServer(dist, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const times = { first: [], question: [], ready: [] };
  let transferred = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.rtt_ms,
      downloadThroughput: (PROFILE.down_kbps * 1000) / 8,
      uploadThroughput: (PROFILE.up_kbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu_slowdown });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    await page.addInitScript(MARKER);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((key) => key in window.__marks, clickToQuestion ? 'ready' : 'first');
    const marks = await page.evaluate(() => window.__marks);
    times.first.push(marks.first);
    if (clickToQuestion) {
      times.question.push(marks.question);
      times.ready.push(marks.ready);
    }
    transferred = bytes;
    await context.close();
  }
  server.close();
  const summary = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { runs: RUNS, median_ms: Math.round(sorted[Math.floor(sorted.length / 2)]), max_ms: Math.round(sorted[sorted.length - 1]) };
  };
  return {
    first_text_visible: summary(times.first),
    ...(clickToQuestion ? { first_question_visible: summary(times.question), first_question_ready_in_app: summary(times.ready) } : {}),
    transferred_bytes: transferred,
  };
}

// The passphrase step (issue 11): locking and unlocking a saved file with the
// app's real Web Crypto calls (PBKDF2-SHA-256, 600,000 iterations, then
// AES-256-GCM), at 4x CPU throttling, timed in the page from the tap to the
// result. The file to unlock is made here with Node's crypto, in the app's format.
async function passphraseStep(browser, dist) {
  const { pbkdf2Sync, createCipheriv, randomBytes } = await import('node:crypto');
  const passphrase = 'lemon tree 44';
  const plainFile = JSON.stringify({ format: 'entitle-answers', version: 1, answers: { version: 1, country_now: 'GB', documents_kept: 'yes' } });
  const salt = randomBytes(16), iv = randomBytes(12);
  const key = pbkdf2Sync(passphrase.normalize('NFC'), salt, 600000, 32, 'sha256');
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plainFile), cipher.final(), cipher.getAuthTag()]);
  const locked = JSON.stringify({ format: 'entitle-answers-sealed', version: 1, kdf: 'PBKDF2-SHA-256', iterations: 600000, salt: salt.toString('base64'), cipher: 'AES-256-GCM', iv: iv.toString('base64'), data: data.toString('base64') });
  const server = await startServer(dist, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const unlock = [], lock = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'all');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu_slowdown });
    await page.locator('[data-action="open"]').click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#open-file').click()]);
    await chooser.setFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(locked) });
    await page.locator('#open-passphrase').fill(passphrase);
    // Marks, in the page's clock, the tap (the form's submit) and the moment
    // the result shows; read back once it has.
    const mark = (selector, done) => page.evaluate(([selector, done]) => {
      const t = (window.__step = {});
      document.addEventListener('submit', () => { t.start = performance.now(); }, { capture: true, once: true });
      new MutationObserver((_, o) => {
        const el = document.querySelector(selector);
        if (t.start !== undefined && el && (!done || el.textContent.includes(done))) { o.disconnect(); t.ms = performance.now() - t.start; }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }, [selector, done]);
    const took = async () => (await page.waitForFunction(() => window.__step.ms, null, { timeout: 60000 })).jsonValue();
    // The file holds two answers: it opens at the next question.
    await mark('form[data-question]');
    await page.locator('form[data-form="open"] button[type="submit"]').click();
    unlock.push(await took());
    await walkQuestions(page, {}, 'no');
    await page.locator('.actions [data-action="save"]').click();
    await page.locator('#save-passphrase').fill(passphrase);
    await page.locator('#save-passphrase-again').fill(passphrase);
    await mark('[data-status="save"]', 'answers.json');
    const download = page.waitForEvent('download');
    await page.locator('form[data-form="save"] button[type="submit"]').click();
    lock.push(await took());
    await (await download).cancel();
    await context.close();
  }
  server.close();
  const median = (xs) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  return { cpu_slowdown: PROFILE.cpu_slowdown, runs: 3, iterations: 600000, unlock_median_ms: median(unlock), lock_median_ms: median(lock), unlock_max_ms: Math.round(Math.max(...unlock)), lock_max_ms: Math.round(Math.max(...lock)) };
}

// One full assessment in the browser (issue 12): the results page measures
// the engine's `assess` (performance measure `entitle-assess`) for a person
// who answered "yes" to everything in the UK, at 4x CPU throttling.
async function assessInBrowser(browser, dist) {
  const server = await startServer(dist, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const times = [];
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'all');
  await page.locator('.button--start').click();
  await walkQuestions(page, { country_now: 'GB', age: 30, hours_per_day: 14, days_off_per_week: 0 }, 'yes');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu_slowdown });
  for (let i = 0; i < 7; i++) {
    await page.locator('[data-action="results"]').click();
    await page.locator('[data-page="results"]').waitFor();
    times.push(await page.evaluate(() => {
      const all = performance.getEntriesByName('entitle-assess');
      return all[all.length - 1].duration;
    }));
    await page.locator('.back-link').first().click();
    await page.locator('[data-page="check"]').waitFor();
  }
  await context.close();
  server.close();
  const sorted = [...times].sort((a, b) => a - b);
  return { cpu_slowdown: PROFILE.cpu_slowdown, jurisdiction: 'GB', runs: times.length, median_ms: Number(sorted[Math.floor(sorted.length / 2)].toFixed(2)), max_ms: Number(sorted[sorted.length - 1].toFixed(2)) };
}

// What a person downloads (issue 13), as the network counts it (brotli over
// the wire, headers included), in a fresh browser with no cache: before the
// app has drawn its first page (the first page from the HTML is gone); by the
// end of loading, for a person who never switches language; and after
// opening the language picker and picking one, for a person who does.
async function downloads(browser, dist, locale) {
  const server = await startServer(dist, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  const urls = new Map();
  let lawBundleIn;
  const lawBundle = new Promise((done) => { lawBundleIn = done; });
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    if (urls.get(e.requestId)?.endsWith('/l10n/all-law.bin')) lawBundleIn();
  });
  // The page's own requests (CDP on the page does not see the offline
  // worker's, which fetch the same files a second time to keep them).
  // Before the first page: what had arrived by the time the app drew it, by
  // the page's own clock (resource timing's bytes on the wire), so that the
  // later code, still on its way then, is not counted however late this
  // driver looks.
  await page.addInitScript(markFirstPage);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstPageAt !== undefined);
  const beforeFirstPage = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => e.responseEnd < window.__firstPageAt).reduce((sum, e) => sum + e.transferSize, 0));
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'all');
  const neverSwitches = bytes;
  await page.locator('.languages__toggle').click();
  await page.waitForFunction(() => [...document.querySelectorAll('#languages-list button')].every((b) => b.getAttribute('aria-disabled') === 'false'));
  await page.locator('#languages-list button[lang="ti"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ti');
  await lawBundle;
  const switches = bytes;
  await context.close();
  server.close();
  return { locale, before_first_page_bytes: beforeFirstPage, never_switches_bytes: neverSwitches, switches_once_bytes: switches };
}

const browser = await launch();
// A phone set to English, and one set to Arabic (right to left, the largest page words).
const english = await coldLoads(browser, entitleDist, true);
const arabic = await coldLoads(browser, entitleDist, true, 'ar');
const floor = await coldLoads(browser, helloDist, false);
const ratio = (x) => Number((x.median_ms / floor.first_text_visible.median_ms).toFixed(2));
const result = {
  profile: PROFILE,
  entitle: {
    sizes: sizes(entitleDist),
    cold_load: english,
    cold_load_arabic: arabic,
    passphrase_step: await passphraseStep(browser, entitleDist),
    assess_in_browser: await assessInBrowser(browser, entitleDist),
    downloads: [await downloads(browser, entitleDist, 'en-GB'), await downloads(browser, entitleDist, 'ar')],
  },
  hello_yew_floor: { sizes: sizes(helloDist), first_heading_visible: floor.first_text_visible, transferred_bytes: floor.transferred_bytes },
  // Each median over the empty Yew app's first heading, measured in this same run.
  ratios_to_floor: {
    first_text_visible: ratio(english.first_text_visible),
    first_question_visible: ratio(english.first_question_visible),
    first_question_ready_in_app: ratio(english.first_question_ready_in_app),
    first_text_visible_arabic: ratio(arabic.first_text_visible),
    first_question_visible_arabic: ratio(arabic.first_question_visible),
    first_question_ready_in_app_arabic: ratio(arabic.first_question_ready_in_app),
  },
  engine_assess_native: JSON.parse(process.env.ENGINE_JSON || 'null'),
};
await browser.close();
console.log(JSON.stringify(result, null, 2));
