// Serves the release build (dist/) on 127.0.0.1 the way a careful host would:
// a strict Content-Security-Policy, long caching only for files whose names
// carry their hash (answers are never sent, so there are none to cache), and
// the pre-compressed brotli or gzip copy when the browser takes it.
// Used by the README's first command, the end-to-end tests and the benchmark.
//
//   node scripts/serve.mjs [dist-folder] [port]
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * The Content-Security-Policy. `frameAncestors` lists the pages that may show
 * the app in a frame (an NGO's site: README, Embedding); by default only its own.
 */
export const csp = (frameAncestors = ["'self'"]) => [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  `frame-ancestors ${frameAncestors.join(' ')}`,
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.ftl': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

// A file whose name carries its content's hash never changes, so the browser
// may keep it (and the offline worker's install then costs no second
// download); every other file is checked again each time.
const HASHED = /(^|\/)(app|boot|main)-[0-9a-f]{16}([./]|$)/;

/**
 * The build's own policy, from its index.html (which allows its inline style
 * and first-page script by their hashes: scripts/postbuild.mjs), with
 * `frame-ancestors`, which only a header can carry.
 */
async function policyOf(base, frameAncestors = ["'self'"]) {
  try {
    const page = await readFile(join(base, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page);
    if (meta) return `${meta[1]}; frame-ancestors ${frameAncestors.join(' ')}`;
  } catch { /* no build here */ }
  return csp(frameAncestors);
}

export function startServer(root, port = 0, host = '127.0.0.1', { frameAncestors } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const CSP = await policyOf(base, frameAncestors);
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path === '/' ? 'index.html' : path));
      if (!file.startsWith(base)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const accept = req.headers['accept-encoding'] || '';
      let body, encoding;
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (accept.includes(enc)) {
          try { body = await readFile(file + ext); encoding = enc; break; } catch { /* no copy */ }
        }
      }
      if (!body) body = await readFile(file);
      // As static hosts do: a copy the browser already has is confirmed, not sent again.
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      const headers = {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'Content-Length': body.length,
        Vary: 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      headers.ETag = etag;
      if (req.headers['if-none-match'] === etag) {
        delete headers['Content-Length'];
        res.writeHead(304, headers);
        res.end();
        return;
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Security-Policy': CSP });
      res.end('Not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  const server = await startServer(root, port);
  const { port: bound } = server.address();
  console.log(`Entitle is served at http://127.0.0.1:${bound}/ (Ctrl+C to stop)`);
}
