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
// - It never sees an answer: answers never leave the page, and the only
//   requests it makes are for the fixed files, at install and at start-up.
/* global BUILD, FILES, SITE */
const CACHE = `entitle-build-${BUILD}`;
const SITE_CACHE = 'entitle-site';

async function sha256(buffer) {
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(Object.entries(FILES).map(async ([path, want]) => {
        // Hashed names never change content, so the browser's copy will do.
        const response = await fetch(path, { cache: /-[0-9a-f]{16}[./]/.test(path) ? 'default' : 'no-cache' });
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        const got = await sha256(await response.clone().arrayBuffer());
        if (got !== want) throw new Error(`${path} is not this build's file`);
        await cache.put(path, response);
      }));
    } catch (error) {
      // Half a build is never kept: this worker is dropped and the one before stays.
      await caches.delete(CACHE);
      throw error;
    }
    const site = await caches.open(SITE_CACHE);
    await Promise.all(SITE.map((path) => refresh(site, path).catch(() => null)));
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
    event.respondWith(caches.open(CACHE).then((c) => c.match(path)).then((r) => r || fetch(request)));
  } else if (SITE.includes(path)) {
    event.respondWith(siteFile(event, path));
  }
});
