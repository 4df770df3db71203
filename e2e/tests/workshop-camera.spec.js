// Issue 18: the facilitator's camera reads participants' QR codes. Chromium's fake camera plays
// a video this test makes from five participants' result links; each is counted once.
const fs = require('fs');
const os = require('os');
const path = require('path');
const QRCode = require('qrcode');
const { chromium } = require('@playwright/test');
const { test, expect } = require('./fixtures');
const { collect, resultLinks } = require('./helpers');

test.describe.configure({ timeout: 180_000 });

// The same files under the strict Content-Security-Policy of partner portals (serve.py --csp):
// the reader's worker and its wasm must load under it.
const CSP_ORIGIN = 'http://127.0.0.1:4174';
const W = 640;
const H = 480;

/** A greyscale frame (W × H) with the QR code of `text` in the middle, `module` px per module. */
function qrFrame(text, module = 7) {
  const y = Buffer.alloc(W * H, 235); // a light grey room
  if (!text) return y;
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const side = (size + 8) * module;
  const [x0, y0] = [Math.floor((W - side) / 2), Math.floor((H - side) / 2)];
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      const [mx, my] = [Math.floor(px / module) - 4, Math.floor(py / module) - 4];
      const dark = mx >= 0 && my >= 0 && mx < size && my < size && data[my * size + mx];
      y[(y0 + py) * W + x0 + px] = dark ? 20 : 250;
    }
  }
  return y;
}

/** Chromium with a fake camera playing `file`. */
const withCamera = (testInfo, file) => chromium.launch({
  executablePath: testInfo.project.use.launchOptions?.executablePath,
  args: ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`],
});

/** A Y4M video (4:2:0, 5 frames a second): each text's code for two seconds, a blank second between. */
function video(texts) {
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frames = [];
  for (const text of texts) {
    for (let i = 0; i < 10; i++) frames.push(qrFrame(text));
    for (let i = 0; i < 5; i++) frames.push(qrFrame(null));
  }
  const parts = [Buffer.from(`YUV4MPEG2 W${W} H${H} F5:1 Ip A1:1 C420jpeg\n`)];
  for (const f of frames) parts.push(Buffer.from('FRAME\n'), f, chroma);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'camera-')), 'participants.y4m');
  fs.writeFileSync(file, Buffer.concat(parts));
  return file;
}

test('five participants hold up their QR codes: each is counted once', async ({ page }, testInfo) => {
  const links = await resultLinks(page, ['1', '2', '3', '4', '5']);
  const browser = await withCamera(testInfo, video(links));
  try {
    const context = await browser.newContext({ baseURL: CSP_ORIGIN, permissions: ['camera'], serviceWorkers: 'block' });
    const facilitator = await context.newPage();
    await facilitator.goto('/more.html#workshop');
    await facilitator.getByRole('button', { name: 'Kamera starten' }).click();
    await expect(facilitator.getByRole('button', { name: 'Kamera beenden' })).toBeVisible();
    const count = facilitator.locator('.workshop > .result-count');
    await expect(count).toHaveText(/^5 Ergebnisse/, { timeout: 60_000 });
    const entries = facilitator.getByRole('region', { name: 'Eingesammelte Ergebnisse' }).getByRole('listitem');
    await expect(entries).toHaveText([1, 2, 3, 4, 5].map((n) => new RegExp(`^Nr\\. ${n} · per Kamera`)));
    // The video plays on from the start: the codes come again and are known.
    await expect(count).toContainText('schon erfasst', { timeout: 60_000 });
    await expect(count).toHaveText(/^5 Ergebnisse/);
    await expect(facilitator.locator('.workshop .spectrum .marker')).toHaveCount(5);
    await facilitator.getByRole('button', { name: 'Kamera beenden' }).click();
    await expect(facilitator.getByRole('button', { name: 'Kamera starten' })).toBeVisible();
  } finally {
    await browser.close();
  }
});

test('camera refused: the message says so, and pasting still works', async ({ page }, testInfo) => {
  const links = await resultLinks(page, ['1', '2', '3', '4', '5']);
  // A camera is there, but the facilitator's browser does not allow it to this page.
  const browser = await chromium.launch({
    executablePath: testInfo.project.use.launchOptions?.executablePath,
    args: ['--use-fake-device-for-media-stream'],
  });
  try {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, serviceWorkers: 'block' });
    const facilitator = await context.newPage();
    await facilitator.goto('/more.html#workshop');
    await facilitator.getByRole('button', { name: 'Kamera starten' }).click();
    await expect(facilitator.getByRole('alert')).toHaveText(/^Der Zugriff auf die Kamera wurde nicht erlaubt/);
    await expect(facilitator.getByRole('button', { name: 'Kamera starten' })).toBeVisible();
    await collect(facilitator, links.slice(0, 2).join('\n'));
    await expect(facilitator.locator('.workshop > .result-count')).toHaveText(/^2 Ergebnisse/);
  } finally {
    await browser.close();
  }
});

// rqrr asserts on some pictures (WanzenBug/rqrr#54: a photo of a monitor). The reader runs in a
// worker of its own: a panic there ends the worker, never the page, and a new reader reads on.
test('the reader dies on a picture: the page is unharmed and a new reader counts on', async ({ page }, testInfo) => {
  const links = await resultLinks(page, ['1', '3', '5']);
  const browser = await withCamera(testInfo, video(links));
  try {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, permissions: ['camera'], serviceWorkers: 'block' });
    const facilitator = await context.newPage();
    const started = facilitator.waitForEvent('worker');
    await facilitator.goto('/more.html#workshop');
    const reader = await started;
    // Its wasm is running: the loader started wasm-bindgen's init, which a second call awaits.
    await reader.evaluate(() => wasm_bindgen());
    const replaced = facilitator.waitForEvent('worker');
    const ended = new Promise((resolve) => reader.once('close', resolve));
    // A picture rqrr cannot take: 70000 × 70000 pixels overflow its size check on wasm32, and
    // its assert traps the worker's wasm, as its other asserts would.
    await reader.evaluate(() => self.dispatchEvent(new MessageEvent('message', { data: { width: 70000, height: 70000, rgba: new Uint8ClampedArray(4) } })));
    await ended;
    await replaced;
    await facilitator.getByRole('button', { name: 'Kamera starten' }).click();
    await expect(facilitator.locator('.workshop > .result-count')).toHaveText(/^3 Ergebnisse/, { timeout: 60_000 });
    await expect(facilitator.getByRole('alert')).toHaveCount(0);
    await expect(facilitator.getByRole('heading', { level: 1, name: 'Da ist etwas schiefgelaufen' })).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('no camera at all: the message says so, and pasting still works', async ({ page }, testInfo) => {
  const links = await resultLinks(page, ['2', '4']);
  // This machine has no camera; the page may use one, but there is none to find.
  const browser = await chromium.launch({ executablePath: testInfo.project.use.launchOptions?.executablePath });
  try {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, permissions: ['camera'], serviceWorkers: 'block' });
    const facilitator = await context.newPage();
    await facilitator.goto('/more.html#workshop');
    await facilitator.getByRole('button', { name: 'Kamera starten' }).click();
    await expect(facilitator.getByRole('alert')).toHaveText(/^Es wurde keine Kamera gefunden/);
    await expect(facilitator.getByRole('button', { name: 'Kamera starten' })).toBeVisible();
    await collect(facilitator, `Anna: ${links[0]}, Ben: ${links[1]}.`);
    await expect(facilitator.locator('.workshop > .result-count')).toHaveText(/^2 Ergebnisse/);
  } finally {
    await browser.close();
  }
});

test('the reader cannot load (offline, never kept): the message says so, and pasting still works', async ({ page }, testInfo) => {
  const links = await resultLinks(page, ['2', '4']);
  const browser = await withCamera(testInfo, video(links));
  try {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, permissions: ['camera'], serviceWorkers: 'block' });
    const facilitator = await context.newPage();
    await facilitator.route(/seller-check-qr/, (route) => route.abort('internetdisconnected'));
    await facilitator.goto('/more.html#workshop');
    await facilitator.getByRole('button', { name: 'Kamera starten' }).click();
    await expect(facilitator.getByRole('alert')).toHaveText(/^Der Codeleser ließ sich nicht laden/);
    await expect(facilitator.getByRole('button', { name: 'Kamera starten' })).toBeVisible();
    await collect(facilitator, links.join(' '));
    await expect(facilitator.locator('.workshop > .result-count')).toHaveText(/^2 Ergebnisse/);
  } finally {
    await browser.close();
  }
});

// From a newcomer's review: start, stop while the camera is still starting, start again: one
// camera runs, and "Kamera beenden" turns it off (before, the first start came on as well and
// stayed on, out of the page's reach).
test('start, stop while starting, start again: one camera, and stopping ends it', async ({ page }, testInfo) => {
  const links = await resultLinks(page, ['2']);
  const browser = await withCamera(testInfo, video(links));
  try {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, permissions: ['camera'], serviceWorkers: 'block' });
    const facilitator = await context.newPage();
    // The browser answers each camera request only when the test says so, and every stream
    // it gave is counted.
    await facilitator.addInitScript(() => {
      const ask = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      window.streams = [];
      window.waiting = [];
      navigator.mediaDevices.getUserMedia = (c) => new Promise((resolve) => window.waiting.push(() => ask(c).then((s) => { window.streams.push(s); resolve(s); })));
      window.live = () => window.streams.filter((s) => s.getTracks().some((t) => t.readyState === 'live')).length;
    });
    await facilitator.goto('/more.html#workshop');
    await facilitator.getByRole('button', { name: 'Kamera starten' }).click();
    await facilitator.getByRole('button', { name: 'Kamera beenden' }).click();
    await facilitator.getByRole('button', { name: 'Kamera starten' }).click();
    await expect.poll(() => facilitator.evaluate(() => window.waiting.length)).toBe(2);
    await facilitator.evaluate(() => Promise.all(window.waiting.map((answer) => answer())));
    await expect(facilitator.locator('.workshop > .result-count')).toHaveText(/^1 Ergebnis/, { timeout: 60_000 });
    expect(await facilitator.evaluate(() => window.live())).toBe(1);
    await facilitator.getByRole('button', { name: 'Kamera beenden' }).click();
    await expect.poll(() => facilitator.evaluate(() => window.live())).toBe(0);
  } finally {
    await browser.close();
  }
});
