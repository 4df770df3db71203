// Service worker of the seller self-check: after one visit the check works without network,
// e.g. in a workshop room with poor Wi-Fi. The version and the file list are filled in at build time.
const CACHE = 'seller-check-__VERSION__';
// Files the app did not install (a questionnaire named by `?questionnaire=`, the second page's
// copy of the built-in one): kept across releases, as a hosted questionnaire does not change
// with the app; they are fetched network first, so a changed one replaces its copy.
const KEPT = 'seller-check-kept';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

// A new release deletes the caches of older ones.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('seller-check-') && k !== CACHE && k !== KEPT).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Pages: network first, so a new release shows at once; the cache when offline.
// Hashed assets: cache first, they never change under their name. The second page's
// (more.html: workshop, comparisons) are not installed with the first: they are kept when first loaded.
// Installed files: cache first. Any other file of this origin (a questionnaire named by
// `?questionnaire=`, the second page's copy of the built-in one): network first, kept for
// offline use, whichever questionnaire the check uses.
const HASHED = /-[0-9a-f]{16}(_bg\.wasm|\.js|\.css)$/;
const INSTALLED = new Set(FILES.map((f) => new URL(f, self.location).pathname));
const keep = (req, res, cache = CACHE) => {
  if (res.ok) {
    const copy = res.clone();
    caches.open(cache).then((c) => c.put(req, copy));
  }
  return res;
};
// A page that loaded before this worker ran names what it loaded: kept as if fetched through
// the worker (files of this origin only).
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.keep) ? event.data.keep : [];
  event.waitUntil(Promise.all(urls.map((u) => {
    let url;
    try { url = new URL(u, self.location); } catch { return null; }
    if (url.origin !== self.location.origin) return null;
    url.hash = '';
    const installed = HASHED.test(url.pathname) || INSTALLED.has(url.pathname);
    return fetch(url).then((res) => keep(new Request(url), res, installed ? CACHE : KEPT)).catch(() => null);
  })));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  // Pages and installed files answer whatever their query (?lang=en); any other file only
  // under its exact address, so two questionnaires served by query stay two.
  const cached = (ignoreSearch = true) => caches.match(req, { ignoreSearch });
  if (req.mode === 'navigate') {
    event.respondWith(fetch(req).then((res) => keep(req, res)).catch(() => cached().then((r) => r || caches.match('./index.html'))));
  } else if (HASHED.test(url.pathname) || INSTALLED.has(url.pathname)) {
    event.respondWith(cached().then((r) => r || fetch(req).then((res) => keep(req, res))));
  } else {
    event.respondWith(fetch(req).then((res) => keep(req, res, KEPT)).catch(() => cached(false).then((r) => r || Response.error())));
  }
});
