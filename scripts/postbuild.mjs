// After `trunk build --release`: moves Trunk's inline start-up script into its
// own file, so the Content-Security-Policy can allow same-origin scripts only;
// writes the data the app fetches at start-up (`l10n/<tag>-ui.bin` and
// `l10n/<tag>-law.bin` for each language, compiled from locales/ by l10n-pack, and `law.bin`, the checked law data packed by the engine's
// `assess --pack-law`); then brotli and gzip copies of every file.
//
//   node scripts/postbuild.mjs dist [--no-data]
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// Starts fetching the page words of the person's language while the
// WebAssembly downloads, instead of after it, and hands the
// promises to the app (`window.entitleFirstWords`, taken by src/i18n/load.rs
// `first_words`). It picks the language as the app does (src/i18n/mod.rs
// `negotiate`). Everything else follows once the first page shows.
const root = new URL('..', import.meta.url).pathname;
const tags = readdirSync(join(root, 'locales')).filter((t) => statSync(join(root, 'locales', t)).isDirectory()).sort();
const preload = process.argv.includes('--no-data') ? '' : `{
  const tags = ${JSON.stringify(tags)};
  const wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language])
    .map((l) => String(l).split(/[-_]/)[0].toLowerCase()).find((l) => tags.includes(l)) || 'en';
  window.entitleFirstWords = {
    [wanted]: fetch('l10n/' + wanted + '-ui.bin').then((r) => (r.ok ? r.arrayBuffer() : null), () => null),
  };
}
`;

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
writeFileSync(indexPath, html);

if (!process.argv.includes('--no-data')) {
  const locales = join(root, 'locales');
  mkdirSync(join(dist, 'l10n'), { recursive: true });
  for (const tag of readdirSync(locales).sort()) {
    const dir = join(locales, tag);
    if (!statSync(dir).isDirectory()) continue;
    // Two parts, the pages' words and the law's (crates/l10n `part_files`),
    // each compiled by Fluent's reference parser and packed.
    for (const part of ['ui', 'law']) {
      const packed = execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'entitle-l10n', '--bin', 'l10n-pack', '--', dir, part], { cwd: root, maxBuffer: 64 << 20 });
      writeFileSync(join(dist, 'l10n', `${tag}-${part}.bin`), packed);
    }
  }
  const law = execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'entitle-engine', '--bin', 'assess', '--', '--pack-law'], { cwd: root, maxBuffer: 64 << 20 });
  writeFileSync(join(dist, 'law.bin'), law);
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
