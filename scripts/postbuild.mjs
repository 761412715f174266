// After `trunk build --release`: splits the WebAssembly where the app marks
// code the first page does not need (src/later.rs, crates/split); moves
// Trunk's inline start-up script into its own file, so the Content-Security-Policy can allow same-origin scripts only;
// writes the data the app fetches (`l10n/<tag>-ui.bin` and `l10n/<tag>-law.bin`
// for each language, compiled from locales/ by l10n-pack, the same for every
// language at once in `l10n/all-ui.bin` and `l10n/all-law.bin`, and `law.bin`, the checked law data packed by the engine's
// `assess --pack-law`); then brotli and gzip copies of every file.
//
//   node scripts/postbuild.mjs dist [--no-data]
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync, mkdirSync, rmSync, renameSync, copyFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { icon } from './icons.mjs';
import { writeWorker } from './offline.mjs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const root = new URL('..', import.meta.url).pathname;

// The split. Trunk has run wasm-bindgen and wasm-opt on the whole module,
// whose split points still import from a placeholder: this replaces its
// output with the split one. crates/split cuts Cargo's module (linked with
// --emit-relocs, see build.rs) into the main module and one file per split
// point, with `__wasm_split.js` to load them; wasm-bindgen and wasm-opt then
// run on each as Trunk would. Everything goes in `app-<hash of its
// contents>/`, so a new build never mixes with an old one's files.
const PLACEHOLDER = '__wasm_split_placeholder__';
const trunkJs = (html.match(/\/(entitle-[0-9a-f]+)\.js/) || [])[1];
if (trunkJs && readFileSync(join(dist, `${trunkJs}.js`), 'utf8').includes(PLACEHOLDER)) {
  const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
  const input = join(target, 'wasm32-unknown-unknown', 'release', 'entitle.wasm');
  const work = join(target, 'split');
  const out = join(work, 'out');
  rmSync(work, { recursive: true, force: true });
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  run('cargo', ['run', '--quiet', '--release', '--locked', '-p', 'entitle-split', '--', input, work]);
  run('wasm-bindgen', [join(work, 'main.wasm'), '--out-dir', out, '--out-name', 'entitle', '--target', 'web', '--no-typescript', '--keep-lld-exports']);
  // The features Rust enables for wasm32 by default: the chunks carry no
  // target-features section for wasm-opt to read them from.
  const features = ['bulk-memory', 'mutable-globals', 'sign-ext', 'nontrapping-float-to-int', 'multivalue', 'reference-types'].map((f) => `--enable-${f}`);
  run('wasm-opt', ['-Oz', ...features, join(out, 'entitle_bg.wasm'), '-o', join(out, 'entitle_bg.wasm')]);
  const chunks = readdirSync(work).filter((n) => n.endsWith('.wasm') && n !== 'main.wasm').sort();
  if (chunks.length === 0) {
    console.error('postbuild: the module has split points but crates/split wrote no chunk');
    process.exit(1);
  }
  // wasm-bindgen rewrites its Rust-to-JavaScript conversions (`wbg_cast`:
  // `JsValue::from`, `Closure`) in the main module only, changing their
  // signatures; a chunk that calls one would fail at run time with
  // "function signature mismatch". Such calls must stay in code the first
  // page also runs (see `format_date` in src/i18n/mod.rs).
  for (const chunk of chunks) {
    if (readFileSync(join(work, chunk)).includes('breaks_if_inlined')) {
      console.error(`postbuild: ${chunk} calls a wasm-bindgen conversion (wbg_cast), which works only from the main module: move the call into code the first page runs too (twiggy paths ${join(work, chunk)} shows who calls it)`);
      process.exit(1);
    }
  }
  for (const chunk of chunks) run('wasm-opt', ['-Oz', ...features, join(work, chunk), '-o', join(out, chunk)]);
  copyFileSync(join(work, '__wasm_split.js'), join(out, '__wasm_split.js'));
  const all = (dir) => readdirSync(dir).sort().flatMap((n) => statSync(join(dir, n)).isDirectory() ? all(join(dir, n)) : [join(dir, n)]);
  const digest = createHash('sha256');
  for (const f of all(out)) digest.update(f.slice(out.length)).update(readFileSync(f));
  const dir = `app-${digest.digest('hex').slice(0, 16)}`;
  for (const n of readdirSync(dist).filter((n) => /^app-[0-9a-f]{16}$/.test(n))) rmSync(join(dist, n), { recursive: true });
  renameSync(out, join(dist, dir));
  unlinkSync(join(dist, `${trunkJs}.js`));
  unlinkSync(join(dist, `${trunkJs}_bg.wasm`));
  const sri = (path) => 'sha384-' + createHash('sha384').update(readFileSync(join(dist, path))).digest('base64');
  // Trunk's preload links, pointed at the split files with their own
  // integrity; the loader script is preloaded too, so it costs no round trip.
  html = html.replace(/<link rel="(modulepreload|preload)" href="\/(entitle-[0-9a-f]+)(\.js|_bg\.wasm)"([^>]*)>/g, (_, rel, _name, ext, rest) => {
    const path = `${dir}/entitle${ext}`;
    const link = `<link rel="${rel}" href="/${path}"${rest.replace(/integrity="[^"]*"/, `integrity="${sri(path)}"`)}>`;
    return ext === '.js' ? `${link}<link rel="modulepreload" href="/${dir}/__wasm_split.js" crossorigin="anonymous" integrity="${sri(`${dir}/__wasm_split.js`)}">` : link;
  });
  html = html.replaceAll(`/${trunkJs}.js`, `/${dir}/entitle.js`).replaceAll(`/${trunkJs}_bg.wasm`, `/${dir}/entitle_bg.wasm`);
  if (html.includes(trunkJs)) {
    console.error(`postbuild: index.html still names ${trunkJs}`);
    process.exit(1);
  }
  console.error(`postbuild: split the WebAssembly into ${dir}/ (main module and ${chunks.join(', ')})`);
}

// Everything the boot module (Trunk's start-up script) does besides starting
// the WebAssembly: it offers the offline copy. The first words and the site's
// settings were asked for earlier, by the scripts inline in index.html.
const tags = readdirSync(join(root, 'locales')).filter((t) => statSync(join(root, 'locales', t)).isDirectory()).sort();
const preload = process.argv.includes('--no-data') ? '' : `// The offline copy (scripts/worker.js), which the app asks for once every
// other file is in (src/i18n/load.rs \`the_rest\`), so it never competes with
// the first page. The promise settles when the worker has finished installing
// (or failed to): loading is not over, and no request may follow, before then.
window.entitleOffline = () => ('serviceWorker' in navigator
  ? navigator.serviceWorker.register('/sw.js').then(async (registration) => {
    await registration.update().catch(() => null);
    const worker = registration.installing;
    if (worker) {
      await new Promise((done) => {
        const settled = () => { if (worker.state !== 'installing') done(); };
        worker.addEventListener('statechange', settled);
        settled();
      });
    }
  }).catch(() => null)
  : Promise.resolve(null));
`;

// The start-up script, inline in <head> so that it runs as soon as the
// parser reaches it, long before the WebAssembly is there: it picks the
// language as the app does (src/i18n/mod.rs `negotiate`) and starts fetching
// that language's page words and the site's settings (an NGO's site.json
// beside the build, checked strictly by src/site.rs), handing the promises to
// the app (`window.entitleFirstWords`, taken by src/i18n/load.rs
// `first_words`; `window.entitleSite`). Asking here rather than from the boot
// module, which runs only once the whole page is parsed and its modules are
// in, takes the words off the first question's critical path. The requests
// are the ones the app would make anyway, in the same order.
const startScript = `(() => {
  const tags = ${JSON.stringify(tags)};
  // As src/i18n/mod.rs \`negotiate\`: the primary language, Filipino read as Tagalog, any Chinese as zh-Hans.
  const primary = (l) => { const p = String(l).split(/[-_]/)[0].toLowerCase(); return p === 'fil' ? 'tl' : p; };
  const wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language])
    .map((l) => tags.find((t) => primary(t) === primary(l))).find(Boolean) || 'en';
  window.entitleBrowserLanguage = wanted;
  window.entitleWords = (tag) => fetch('l10n/' + tag + '-ui.bin').then((r) => (r.ok ? r.arrayBuffer() : null), () => null);
  window.entitleFirstWords = { [wanted]: window.entitleWords(wanted) };
  window.entitleSite = fetch('site.json').then((r) => (r.ok ? r.text() : null), () => null);
})();`;

// The first page's own script, inline at the top of `#first-page` in
// index.html, before the pages themselves. The pages come one language at a
// time, each language's pair followed by a one-line script
// (`arrivedScript`, the same text every time, so one CSP hash); when the
// person's language has arrived its opening page is shown there and then,
// without waiting for the other sixteen languages still being downloaded and
// parsed. If the site's settings name another language, it switches to it
// and its words are fetched; the app decides which it uses. The pages of the
// other languages are then dropped, as they come. Inline, it costs no round
// trip; the CSP allows it by its hash.
//
// Until the app is here, it also lets the person begin: Start shows the
// country question (drawn at build time like the opening page), Back goes
// back, a chosen country is marked for the app to keep (src/first_page.rs
// `chosen_country`), and Continue says to wait, as the app does while the law
// data is on its way. The language button says to wait too, and is left
// expanded for the app to open the list when it comes. It does nothing else, and stops once the app has
// taken over (`#first-page` is gone). Nothing leaves the page.
const firstPageScript = `(() => {
  let tag = window.entitleBrowserLanguage;
  let name = 'start';
  let settings = null;
  const root = document.getElementById('first-page');
  const show = () => {
    const pages = [...root.querySelectorAll('[data-first-page]')];
    const shown = pages.find((p) => p.dataset.firstPage === tag && p.dataset.page === name);
    if (!shown) return null;
    for (const p of pages) if (p.hidden !== (p !== shown)) p.hidden = p !== shown;
    document.documentElement.lang = shown.lang;
    document.documentElement.dir = shown.dir;
    return shown;
  };
  const go = (to) => {
    if (!document.getElementById('first-page')) return;
    name = to;
    // Not there yet if the site's language has just been read and its pages
    // are still on their way: they show this page when they arrive.
    show()?.querySelector('h1').focus();
  };
  // Once the site's settings are read: only the language in use is kept, and
  // the site's country is chosen at first, as the app does, unless the person chose.
  const settle = () => {
    if (!settings) return;
    // The page shown stays until the language in use has arrived to take its place.
    const here = [...root.querySelectorAll('[data-first-page]')].some((p) => p.dataset.firstPage === tag);
    for (const p of root.querySelectorAll('[data-first-page]')) {
      if (here && p.dataset.firstPage !== tag) p.remove();
    }
    for (const select of root.querySelectorAll('select:not([data-chosen])')) {
      if (typeof settings.country === 'string' && [...select.options].some((o) => o.value === settings.country)) select.value = settings.country;
    }
  };
  window.entitleFirstPage = (script) => {
    const lang = script.previousElementSibling.dataset.firstPage;
    script.remove();
    if (lang === tag) show();
    if (settings) settle();
  };
  root.addEventListener('click', (e) => {
    const toggle = e.target.closest('.languages__toggle');
    if (toggle) {
      // The list needs the app: until it is here, say so; the app opens the
      // list if it was left asked for (src/first_page.rs \`picker_asked\`).
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      const status = toggle.closest('nav').querySelector('[role=status]');
      if (status) status.textContent = open ? toggle.closest('[data-first-page]').dataset.wait : '';
    } else if (e.target.closest('.button--start')) go('setup');
    else if (e.target.closest('.back-link')) go('start');
  });
  root.addEventListener('change', (e) => {
    if (e.target.matches('select')) e.target.dataset.chosen = '';
  });
  root.addEventListener('submit', (e) => {
    e.preventDefault();
    const page = e.target.closest('[data-first-page]');
    const status = e.target.querySelector('[role=status]');
    if (status) status.textContent = page.dataset.wait;
  });
  window.entitleSite.then((text) => {
    try { settings = JSON.parse(text) || {}; } catch { settings = {}; }
    if (typeof settings !== 'object') settings = {};
    const tags = ${JSON.stringify(tags)};
    if (tags.includes(settings.language) && settings.language !== tag) {
      tag = settings.language;
      window.entitleFirstWords[tag] = window.entitleWords(tag);
      show();
    }
    settle();
  });
})();`;
const arrivedScript = 'entitleFirstPage(document.currentScript)';

if (!process.argv.includes('--no-data')) {
  // The first page in every language, drawn by the app's own components at
  // build time (src/bin/prerender.rs), into the place index.html keeps for it.
  const out = join(process.env.CARGO_TARGET_DIR || join(root, 'target'), 'first-page');
  rmSync(out, { recursive: true, force: true });
  execFileSync('cargo', ['run', '--quiet', '--release', '--locked', '--features', 'prerender', '--bin', 'prerender', '--', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  // English first, as the language most browsers ask for and the one every
  // other falls back to; then the rest. Each language's pair is followed by
  // the place for its one-line script (below).
  const order = ['en', ...tags.filter((t) => t !== 'en')];
  const pages = order.map((t) => `${readFileSync(join(out, `${t}.html`), 'utf8')}<!-- first-page-arrived -->`).join('');
  if (!html.includes('<!-- first-page -->')) {
    console.error('postbuild: index.html has no <!-- first-page --> place for the first page');
    process.exit(1);
  }
  html = html.replace('<!-- first-page -->', pages);
}

const inline = /<script type="module"(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_, attrs, body) => {
  body = preload + body;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dist, name), body.trim() + '\n');
  moved++;
  const kept = attrs.replace(/\s(nonce|integrity)="[^"]*"/g, '');
  return `<script type="module"${kept} src="/${name}"></script>`;
});
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) {
  console.error('postbuild: an inline script is left in index.html; the CSP would block it');
  process.exit(1);
}
if (!process.argv.includes('--no-data')) {
  // The stylesheet and the first page's script go inline, so the first page
  // paints as soon as index.html arrives, with no round trip for either. The
  // Content-Security-Policy allows exactly these two by their SHA-256 (and
  // scripts/serve.mjs sends the page's own policy as its header).
  const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const link = /<link rel="stylesheet" href="\/(main-[0-9a-f]{16}\.css)"[^>]*>/.exec(html);
  if (!link) {
    console.error('postbuild: index.html has no stylesheet link to inline');
    process.exit(1);
  }
  const css = readFileSync(join(dist, link[1]), 'utf8');
  unlinkSync(join(dist, link[1]));
  html = html.replace(link[0], () => `<style>${css}</style>`);
  html = html.replace('<!-- first-page-script -->', () => `<script>${firstPageScript}</script>`);
  html = html.replaceAll('<!-- first-page-arrived -->', () => `<script>${arrivedScript}</script>`);
  html = html.replace('<!-- start-script -->', () => `<script>${startScript}</script>`);
  const policy = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
  if (!policy.test(html) || !html.includes(firstPageScript) || !html.includes(startScript) || html.split(`<script>${arrivedScript}</script>`).length !== tags.length + 1) {
    console.error('postbuild: index.html needs its CSP meta tag, a <!-- start-script --> place and a <!-- first-page-script --> place');
    process.exit(1);
  }
  html = html.replace(policy, (_, a, csp, b) => a + csp
    .replace("script-src 'self' 'wasm-unsafe-eval'", `script-src 'self' 'wasm-unsafe-eval' ${sha(startScript)} ${sha(firstPageScript)} ${sha(arrivedScript)}`)
    .replace("style-src 'self'", `style-src 'self' ${sha(css)}`) + b);
}
writeFileSync(indexPath, html);

if (!process.argv.includes('--no-data')) {
  const locales = join(root, 'locales');
  mkdirSync(join(dist, 'l10n'), { recursive: true });
  // Every language's part in one file (src/i18n/load.rs \`every_language\`,
  // \`unbundle\`): for each, the tag's length (1 byte), the tag, the part's
  // length (4 bytes, little-endian) and the part. Fetched only when the person
  // asks for another language, so the request never says which one.
  const bundles = { ui: [], law: [] };
  for (const tag of readdirSync(locales).sort()) {
    const dir = join(locales, tag);
    if (!statSync(dir).isDirectory()) continue;
    // Two parts, the pages' words and the law's (crates/l10n `part_files`),
    // each compiled by Fluent's reference parser and packed.
    for (const part of ['ui', 'law']) {
      const packed = execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'entitle-l10n', '--bin', 'l10n-pack', '--', dir, part], { cwd: root, maxBuffer: 64 << 20 });
      writeFileSync(join(dist, 'l10n', `${tag}-${part}.bin`), packed);
      const size = Buffer.alloc(4);
      size.writeUInt32LE(packed.length);
      bundles[part].push(Buffer.from([Buffer.byteLength(tag)]), Buffer.from(tag), size, packed);
    }
  }
  for (const part of ['ui', 'law']) writeFileSync(join(dist, 'l10n', `all-${part}.bin`), Buffer.concat(bundles[part]));
  const law = execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'entitle-engine', '--bin', 'assess', '--', '--pack-law'], { cwd: root, maxBuffer: 64 << 20 });
  writeFileSync(join(dist, 'law.bin'), law);
}

if (!process.argv.includes('--no-data')) {
  // The home-screen manifest and its icons (neutral: see scripts/icons.mjs),
  // then the offline worker, which lists every file written so far.
  // site.json says nothing: an NGO puts its own in its place (README, Embedding).
  for (const f of ['manifest.webmanifest', 'site.json']) copyFileSync(join(root, 'static', f), join(dist, f));
  for (const size of [192, 512]) writeFileSync(join(dist, `icon-${size}.png`), icon(size));
  for (const path of files(dist)) {
    if (path.endsWith('.br') || path.endsWith('.gz')) unlinkSync(path);
  }
  console.error(`postbuild: wrote sw.js for build ${writeWorker(dist)}`);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
for (const path of files(dist)) {
  if (path.endsWith('.br') || path.endsWith('.gz')) unlinkSync(path);
}
const shipped = [];
for (const path of files(dist)) {
  const raw = readFileSync(path);
  writeFileSync(path + '.br', brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(path + '.gz', gzipSync(raw, { level: 9 }));
  shipped.push(path);
}
console.error(`postbuild: moved ${moved} inline script(s); compressed ${shipped.length} files`);
