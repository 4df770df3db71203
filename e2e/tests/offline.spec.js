// Offline workshops: after one visit the check works without network, and a new release replaces the cache.
const { test, expect } = require('./fixtures');
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { answerByMouse } = require('./helpers');

const DIST = path.join(__dirname, '../../dist');
// The real interpreter, not the pyenv shim: killing the shim would leave the server running.
const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)']).toString().trim();

async function serve(root, port) {
  const child = spawn(PYTHON, [path.join(__dirname, '../serve.py'), String(port), root], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); return child; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  throw new Error('server did not start');
}

async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

test('after one visit the check completes offline', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'brieftraeger');
  await expect(page.getByText('Stufe 1 / 5')).toBeVisible();
});

test('a new release replaces the cached one', async ({ page, context }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
  fs.cpSync(DIST, root, { recursive: true });
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = await serve(root, port);
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
    await waitForServiceWorker(page);
    const oldCaches = await page.evaluate(() => caches.keys());
    expect(oldCaches).toHaveLength(1);

    // Release 2: another page and a service worker with another version.
    const index = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
    fs.writeFileSync(path.join(root, 'index.html'), index.replace('<head>', '<head><meta name="release" content="2">'));
    const sw = fs.readFileSync(path.join(root, 'sw.js'), 'utf8');
    fs.writeFileSync(path.join(root, 'sw.js'), sw.replace(/seller-check-[0-9a-f]+/, 'seller-check-release2'));
    // Later than the first release by more than the one-second resolution of Last-Modified.
    const later = new Date(Date.now() + 5000);
    for (const f of ['index.html', 'sw.js']) fs.utimesSync(path.join(root, f), later, later);

    await page.reload();
    await expect(page.locator('meta[name=release]')).toHaveAttribute('content', '2');
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 10_000 }).toEqual(['seller-check-release2']);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('meta[name=release]')).toHaveAttribute('content', '2');
    await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  } finally {
    server.kill();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the workshop page, once opened, also works offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  let reader = page.waitForEvent('worker');
  await page.goto('/#workshop');
  await expect(page).toHaveURL(/\/more\.html#workshop$/);
  await expect(page.getByLabel(/^Ergebnislinks oder Codes einfügen/)).toBeVisible();
  // The QR reader's worker loads with the view; its wasm runs (its init, awaited again).
  await (await reader).evaluate(() => wasm_bindgen());
  await context.setOffline(true);
  reader = page.waitForEvent('worker');
  await page.reload();
  await expect(page.getByLabel(/^Ergebnislinks oder Codes einfügen/)).toBeVisible();
  // Offline the reader loads from the cache: the camera can read in a room without Wi-Fi.
  await (await reader).evaluate(() => wasm_bindgen());
  // A link to it opened offline goes through the first page, which is installed.
  await page.goto('/#workshop');
  await expect(page.getByLabel(/^Ergebnislinks oder Codes einfügen/)).toBeVisible();
});

// Issue 17, item 9: whichever questionnaire the check uses is cached after the first visit.
test('a hosted questionnaire, once opened, also works offline', async ({ page, context }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hosted-'));
  fs.cpSync(DIST, root, { recursive: true });
  const q = JSON.parse(fs.readFileSync(path.join(root, 'default.json'), 'utf8'));
  q.id = 'kunde';
  q.items[0].text.de = 'Eine Aussage nur im Fragebogen des Kunden.';
  fs.writeFileSync(path.join(root, 'kunde.json'), JSON.stringify(q));
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = await serve(root, port);
  try {
    // The very first visit opens the hosted questionnaire (no visit of the plain check before).
    await page.goto(`http://127.0.0.1:${port}/?questionnaire=kunde.json&intro=0&variant=quick`);
    await expect(page.getByRole('heading', { level: 2, name: 'Eine Aussage nur im Fragebogen des Kunden.' })).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Kept once the worker has the page and everything it loaded (fetched again through it
    // when it took control).
    await expect.poll(() => page.evaluate(async () => {
      const mine = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]
        .filter((u) => new URL(u).origin === location.origin);
      const kept = await Promise.all(mine.map((u) => caches.match(u)));
      return mine.some((u) => u.endsWith('kunde.json')) ? mine.filter((u, i) => !kept[i]) : ['kunde.json'];
    })).toEqual([]);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Eine Aussage nur im Fragebogen des Kunden.' })).toBeVisible();
    // A new tab's start, offline, through the first page.
    const other = await context.newPage();
    await other.goto(`http://127.0.0.1:${port}/?questionnaire=kunde.json&intro=0&variant=quick`);
    await expect(other.getByRole('heading', { level: 2, name: 'Eine Aussage nur im Fragebogen des Kunden.' })).toBeVisible();
  } finally {
    server.kill();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
