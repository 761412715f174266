// Photographs each language's first question (the country one) at 360 px,
// for a person to look at: do Ethiopic, Devanagari, Bengali, Han, Cyrillic,
// Persian and Vietnamese render with the system's fonts, or as empty boxes?
// Prints, per language, the fonts Chromium drew the heading and the hint
// under it with (CDP `CSS.getPlatformFontsForNode`).
//
//   node scripts/screenshots.mjs [dist] [out-dir]     (after the first command's build)
//
// On Debian, `fonts-noto-core` and `fonts-noto-cjk` cover every script (see
// README, Fonts); with only DejaVu and Liberation, Ethiopic, Devanagari,
// Bengali and Han show as boxes.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, pickLanguage, PHONE } from '../tests/e2e/harness.mjs';
import { startServer } from './serve.mjs';

/** Every language with a locale folder, English first. */
const LANGUAGES = ['en', ...readdirSync(new URL('../locales', import.meta.url)).filter((t) => t !== 'en').sort()];

const dist = process.argv[2] || 'dist';
const out = process.argv[3] || 'screenshots';
mkdirSync(out, { recursive: true });
const server = await startServer(dist, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('DOM.enable');
await cdp.send('CSS.enable');

/** The fonts Chromium drew an element's own text with. */
async function fonts(selector) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) return [];
  const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return used.map((f) => `${f.familyName} (${f.glyphCount})`);
}

await page.goto(url);
await page.waitForFunction(() => document.documentElement.dataset.ready === 'all');
for (const lang of LANGUAGES) {
  if (lang !== (await page.evaluate(() => document.documentElement.lang))) await pickLanguage(page, lang);
  if (await page.locator('form select').count() === 0) {
    await page.locator('.button--start').click();
    await page.locator('form select').waitFor();
  }
  const file = join(out, `${lang}.png`);
  await page.screenshot({ path: file, fullPage: false });
  const heading = await fonts('main form h1');
  const hint = await fonts('main form .hint');
  console.log(`${lang.padEnd(8)} ${file}  heading: ${heading.join(', ')}  hint: ${hint.join(', ')}`);
  await page.locator('.back-link').first().click();
  await page.locator('.button--start').waitFor();
}
await browser.close();
server.close();
