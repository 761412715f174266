// Writes the offline worker (`sw.js`, from scripts/worker.js) into a build:
// the build's own list of files with each one's SHA-256, and the build's name,
// the hash of that list. Run by scripts/postbuild.mjs after every other file is
// written; the end-to-end tests run it again on a changed copy of a build to
// make a "new build".
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** The site's own files: an NGO may add or change them beside the build. */
export const SITE = ['/site.json', '/manifest.webmanifest', '/icon-192.png', '/icon-512.png'];

function files(dir, base = dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [path.slice(base.length)];
  });
}

/** Writes `<dist>/sw.js` and returns the build's name. */
export function writeWorker(dist) {
  const list = {};
  for (const path of files(dist)) {
    if (/\.(br|gz)$/.test(path) || path === '/sw.js' || SITE.includes(path)) continue;
    list[path] = createHash('sha256').update(readFileSync(join(dist, path))).digest('hex');
  }
  const build = createHash('sha256').update(JSON.stringify(list)).digest('hex').slice(0, 16);
  const root = new URL('..', import.meta.url).pathname;
  const body = readFileSync(join(root, 'scripts', 'worker.js'), 'utf8');
  const head = `const BUILD = ${JSON.stringify(build)};\nconst FILES = ${JSON.stringify(list, null, 1)};\nconst SITE = ${JSON.stringify(SITE)};\n`;
  writeFileSync(join(dist, 'sw.js'), head + body);
  return build;
}
