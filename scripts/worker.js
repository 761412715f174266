// Entitle's offline copy: a service worker that keeps exactly one build's
// files, so the app opens and works with no network after the first visit.
// scripts/offline.mjs writes it into the build as `sw.js`, with this build's
// own list of files and their SHA-256 above this line (BUILD, FILES, SITE).
//
// - The build's files are fetched once, when the worker installs, checked
//   against their SHA-256, and kept in one cache named after the build. If any
//   file is missing or differs (the server changed mid-way), the install fails
//   and the previous worker, with its complete set, stays.
// - A worker serves only from its own cache, and a page keeps the worker it
//   loaded with; a new build installs beside the old one and takes over only
//   when no page of the old one is open (no skipWaiting, no claim). So a page
//   never mixes files of two builds.
// - The site's own files (SITE: site.json, the manifest, the icons), which an
//   NGO may change without rebuilding, are served from their cache and
//   refreshed in the background when the page asks for them at start-up.
// - Languages: it keeps at install only the words the app fetches at
//   start-up, English's and the first language's (the site's, else the
//   browser's, chosen as src/site.rs and src/i18n/mod.rs `negotiate` do).
//   The other languages, which the app fetches only when the person asks for
//   another one (src/i18n/load.rs), are kept when they pass through, checked
//   against this build's SHA-256 like the rest: so a person who never
//   switches never downloads them, and one who did once has them offline.
// - It never sees an answer: answers never leave the page, and the only
//   requests it makes are for the fixed files, at install and at start-up.
/* global BUILD, FILES, SITE */
const CACHE = `entitle-build-${BUILD}`;
const SITE_CACHE = 'entitle-site';

async function sha256(buffer) {
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The language tags of this build: those with page words in FILES. */
const TAGS = Object.keys(FILES).map((p) => /^\/l10n\/(.+)-ui\.bin$/.exec(p)?.[1]).filter((t) => t && t !== 'all');

/** As src/i18n/mod.rs `primary`: the language, with Filipino read as Tagalog. */
const primary = (l) => { const p = String(l).split(/[-_]/)[0].toLowerCase(); return p === 'fil' ? 'tl' : p; };

/** The app's first language: the site's if it names one of ours, else the browser's, else English. */
function firstLanguage(settings) {
  if (TAGS.includes(settings?.language)) return settings.language;
  const wanted = self.navigator.languages?.length ? self.navigator.languages : [self.navigator.language];
  return wanted.map((l) => TAGS.find((t) => primary(t) === primary(l))).find(Boolean) || 'en';
}

/** Whether a file is kept only once it has passed through (another language's words). */
function lazy(path, first) {
  const words = /^\/l10n\/(.+)-(ui|law)\.bin$/.exec(path);
  return !!words && words[1] !== 'en' && words[1] !== first;
}

/** Fetches a file of this build, checks it against its SHA-256 and keeps it. */
async function keep(cache, path, options) {
  const response = await fetch(path, options);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const got = await sha256(await response.clone().arrayBuffer());
  if (got !== FILES[path]) throw new Error(`${path} is not this build's file`);
  await cache.put(path, response.clone());
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const site = await caches.open(SITE_CACHE);
    await Promise.all(SITE.map((path) => refresh(site, path).catch(() => null)));
    let settings = null;
    try { settings = await (await site.match('/site.json'))?.json(); } catch { /* no settings */ }
    const first = firstLanguage(settings);
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(Object.keys(FILES).filter((path) => !lazy(path, first)).map((path) =>
        // Hashed names never change content, so the browser's copy will do.
        keep(cache, path, { cache: /-[0-9a-f]{16}[./]/.test(path) ? 'default' : 'no-cache' })));
    } catch (error) {
      // Half a build is never kept: this worker is dropped and the one before stays.
      await caches.delete(CACHE);
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('entitle-build-') && name !== CACHE) await caches.delete(name);
    }
  })());
});

/** Fetches a site file and keeps whatever the server says, a 404 included, for offline use. */
async function refresh(site, path) {
  const response = await fetch(path, { cache: 'no-cache' });
  await site.put(path, response.clone());
  return response;
}

async function siteFile(event, path) {
  const site = await caches.open(SITE_CACHE);
  const kept = await site.match(path);
  const fresh = refresh(site, path);
  if (kept) {
    event.waitUntil(fresh.catch(() => null));
    return kept;
  }
  return fresh.catch(() => new Response('', { status: 404 }));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  let path = url.pathname;
  if (request.mode === 'navigate' && (path === '/' || path === '/index.html')) path = '/index.html';
  if (Object.hasOwn(FILES, path)) {
    event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(path))
      // Not kept yet (another language's words): kept now if it is this build's.
      // Offline, or the server has another build: the app's fetch fails.
      || keep(cache, path, {}).catch(() => Response.error())));
  } else if (SITE.includes(path)) {
    event.respondWith(siteFile(event, path));
  }
});
