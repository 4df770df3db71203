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
  const file = video(links);
  const browser = await chromium.launch({
    executablePath: testInfo.project.use.launchOptions?.executablePath,
    args: ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`],
  });
  try {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, permissions: ['camera'], serviceWorkers: 'block' });
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
