// After `trunk build --release`: moves Trunk's inline start-up script into its
// own file, so the Content-Security-Policy can allow same-origin scripts only,
// then writes brotli and gzip copies of every file for the server to send.
//
//   node scripts/postbuild.mjs dist
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inline = /<script type="module"(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_, attrs, body) => {
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

for (const name of readdirSync(dist)) {
  const path = join(dist, name);
  if (name.endsWith('.br') || name.endsWith('.gz')) { unlinkSync(path); continue; }
}
const shipped = [];
for (const name of readdirSync(dist)) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const raw = readFileSync(path);
  writeFileSync(path + '.br', brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(path + '.gz', gzipSync(raw, { level: 9 }));
  shipped.push(name);
}
console.error(`postbuild: moved ${moved} inline script(s); compressed ${shipped.length} files`);
