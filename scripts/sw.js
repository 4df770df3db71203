// Service worker of the seller self-check: after one visit the check works without network,
// e.g. in a workshop room with poor Wi-Fi. The version and the file list are filled in at build time.
const CACHE = 'seller-check-__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

// A new release deletes the caches of older ones.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('seller-check-') && k !== CACHE).map((k) => caches.delete(k))))
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
const keep = (req, res) => {
  if (res.ok) {
    const copy = res.clone();
    caches.open(CACHE).then((c) => c.put(req, copy));
  }
  return res;
};
self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  const cached = () => caches.match(req, { ignoreSearch: true });
  if (req.mode === 'navigate') {
    event.respondWith(fetch(req).then((res) => keep(req, res)).catch(() => cached().then((r) => r || caches.match('./index.html'))));
  } else if (HASHED.test(url.pathname) || INSTALLED.has(url.pathname)) {
    event.respondWith(cached().then((r) => r || fetch(req).then((res) => keep(req, res))));
  } else {
    event.respondWith(fetch(req).then((res) => keep(req, res)).catch(() => cached().then((r) => r || Response.error())));
  }
});
