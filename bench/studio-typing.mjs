// Keystroke to painted frame in the questionnaire studio (issue 20): an author types into a
// scenario's situation (the longest texts, the whole draft checked on every key) and into the
// id field, on the built-in questionnaire. Prints the median, the 95th percentile and the
// slowest of each, in milliseconds. Not part of scripts/test (timing is a figure, not a test).
// Usage: node bench/studio-typing.mjs [baseURL]   (serve dist/ first, e.g. scripts/serve)
import { createRequire } from 'module';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const base = process.argv[2] || 'http://127.0.0.1:8080';
const KEYS = 40;

const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function typeInto(page, field, label) {
  await field.click();
  await page.keyboard.press('End');
  const times = [];
  for (let i = 0; i < KEYS; i++) {
    const start = await page.evaluate(() => performance.now());
    await page.keyboard.press(i % 7 === 6 ? 'Space' : 'x');
    // The frame after the key: the studio has checked the draft and drawn it.
    const end = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))));
    times.push(end - start);
  }
  console.log(`${label.padEnd(34)} median ${q(times, 0.5).toFixed(1)} ms · p95 ${q(times, 0.95).toFixed(1)} ms · max ${Math.max(...times).toFixed(1)} ms (${KEYS} keys)`);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${base}/studio.html`);
await page.getByRole('button', { name: 'Eingebauten Fragebogen öffnen' }).click();
await page.getByRole('navigation', { name: 'Teile der Datei' }).getByRole('button', { name: 'Fragen' }).click();
const main = page.getByRole('main');
await main.getByRole('navigation', { name: 'Fragen der Datei' }).getByRole('button', { name: /sc-price-threat$/ }).click();
await typeInto(page, main.getByRole('textbox', { name: 'Situation (de)' }), 'scenario situation (de)');
await typeInto(page, main.getByRole('textbox', { name: 'Kennung' }), 'item id (draft invalid meanwhile)');
await browser.close();
