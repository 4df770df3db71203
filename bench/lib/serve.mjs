// Static file server that compresses like a real host: gzip (level 6, the usual default of hosting
// front-ends) for text, JS, CSS, JSON, SVG and wasm, with `Content-Encoding: gzip`, and .wasm as
// application/wasm so streaming compilation works. Compressed bodies are cached in memory, so the
// benchmark measures the browser, not zlib. ETag + `Cache-Control: no-cache` answer revalidations with 304.
//
// As a module: `await serve(dir)` -> { url, close }, on 127.0.0.1 with a free port.
// Standalone:  node lib/serve.mjs DIR [PORT]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);

export function serve(dir, port = 0) {
  const root = path.resolve(dir);
  const cache = new Map(); // path -> { raw, gz, mtime }
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    let stat;
    try { stat = fs.statSync(file); } catch { res.writeHead(404).end('not found'); return; }
    const ext = path.extname(file);
    let entry = cache.get(file);
    if (!entry || entry.mtime !== stat.mtimeMs) {
      const raw = fs.readFileSync(file);
      entry = { raw, gz: COMPRESS.has(ext) ? zlib.gzipSync(raw, { level: 6 }) : null, mtime: stat.mtimeMs };
      cache.set(file, entry);
    }
    // Revalidation like a real host (the app's service worker re-fetches its files after the load).
    const etag = `"${stat.size.toString(16)}-${Math.round(stat.mtimeMs).toString(16)}"`;
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, { ETag: etag }).end(); return; }
    const gzip = entry.gz && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const body = gzip ? entry.gz : entry.raw;
    res.writeHead(200, {
      'Content-Type': TYPES[ext] || 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, port] = process.argv.slice(2);
  serve(path.resolve(dir), Number(port || 0)).then((s) => console.log(`serving ${dir} with gzip at ${s.url}`));
}
