// Share links, short codes and the workshop view.
const { test, expect } = require('./fixtures');
const { questionnaire, variantItems, pick, optionLabel, collect } = require('./helpers');

// Several full runs per test.
test.describe.configure({ timeout: 120_000 });

/** Finishes a quick check answering each item with `choose(item, n)` and returns what the result shows. */
async function finish(page, choose, url = '/') {
  await page.goto(url);
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  for (const [n, item] of variantItems('quick').entries()) {
    await expect(page.getByRole('heading', { level: 2, name: item.text.de })).toBeVisible();
    await page.getByRole('radio', { name: optionLabel(item, choose(item, n), 'de'), exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible();
  return readResult(page);
}

async function readResult(page) {
  const meta = await page.locator('.stage-meta').innerText();
  const scores = await page.locator('.dimension-chart figcaption li').allInnerTexts();
  // A shared result has no share section of its own.
  const field = page.getByLabel('Ergebnislink', { exact: true });
  const link = (await field.count()) ? await field.inputValue() : null;
  const short = link ? await page.locator('.short-code code').innerText() : null;
  return { meta, scores, link, short };
}

test('a share link opened in a fresh browser context shows the same stage and scores, read-only', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const mine = await finish(page, (item, n) => (n % 3 === 0 ? pick(item, 'brieftraeger') : 3));
  expect(mine.link).toMatch(/#r=[A-Za-z0-9_-]+$/);
  await page.getByRole('button', { name: 'Link kopieren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link kopiert.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(mine.link);
  await expect(page.getByRole('img', { name: 'QR-Code des Ergebnislinks' })).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(mine.link);
  await expect(other.getByRole('heading', { level: 1, name: 'Geteiltes Ergebnis' })).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'Geteiltes Ergebnis' })).toBeFocused();
  const theirs = await readResult(other);
  expect(theirs.meta).toBe(mine.meta);
  expect(theirs.scores).toEqual(mine.scores);
  await expect(other.getByRole('button', { name: 'Neuen Check beginnen' })).toHaveCount(0);
  await expect(other.getByRole('link', { name: 'Eigenen Check starten' })).toBeVisible();
  await fresh.close();
});

test('a tampered share link gets a clear message, no panic', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const mine = await finish(page, (item) => pick(item, 'partner'));
  const code = mine.link.split('#r=')[1];
  const flipped = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
  await page.goto(`/#r=${flipped}`);
  await expect(page.getByRole('alert')).toContainText('Dieser Ergebnislink lässt sich nicht lesen');
  await expect(page.getByRole('alert').getByRole('heading', { level: 1 })).toBeFocused();
  await page.goto(`/#r=${code.slice(0, code.length - 4)}`);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Dieser Ergebnislink lässt sich nicht lesen');
  expect(errors).toEqual([]);
});

test('five participants in the workshop view: stage counts, means and CSV match their results', async ({ page }) => {
  const people = [
    (item) => pick(item, 'brieftraeger'),
    (item) => pick(item, 'partner'),
    (item, n) => (n % 2 ? pick(item, 'partner') : 2),
    (item, n) => (n % 3 ? 1 : 3),
    () => 2,
  ];
  const results = [];
  for (const choose of people) {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    results.push(await finish(page, choose));
  }
  const scoreOf = (r) => r.scores.map((s) => Number(s.match(/(\d+) \/ 100/)[1]));
  const stageOf = (r) => Number(r.meta.match(/(\d) \/ 5/)[1]);

  await page.goto('/#workshop');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop-Auswertung' })).toBeVisible();
  const lines = [results[0].link, results[1].short, results[2].link, results[3].link, results[4].short, results[0].short, 'KAPUTT-1234'];
  await collect(page, lines.join('\n'));
  // The repeat (in the other form) counts once; a word that merely looks like a code is no code.
  await expect(page.locator('.workshop > .result-count')).toHaveText('5 Ergebnisse · 5 neue Ergebnisse');
  await expect(page.getByRole('region', { name: 'Eingesammelte Ergebnisse' }).getByRole('listitem')).toHaveText(
    ['Nr. 1 · eingefügt', 'Nr. 2 · eingefügt', 'Nr. 3 · eingefügt', 'Nr. 4 · eingefügt', 'Nr. 5 · eingefügt'].map((t) => new RegExp(`^${t}`)));

  // Stage counts in the legend.
  const counts = [0, 0, 0, 0, 0];
  for (const r of results) counts[stageOf(r) - 1] += 1;
  const legend = await page.locator('.stage-legend li').allInnerTexts();
  legend.forEach((text, i) => expect(text).toContain(`: ${counts[i]}`));

  // Dimension means (of the unrounded scores, so allow one point of rounding).
  const perDim = questionnaire.dimensions.map((_, d) => results.map((r) => scoreOf(r)[d]));
  const spoken = await page.locator('.dimension-chart figcaption li').allInnerTexts();
  perDim.forEach((values, d) => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const shown = Number(spoken[d].match(/Mittelwert (\d+)/)[1]);
    expect(Math.abs(shown - mean)).toBeLessThanOrEqual(1);
    expect(spoken[d]).toContain(`Spanne ${Math.min(...values)} bis ${Math.max(...values)}`);
  });

  // The CSV: a row per participant with stage, position and six scores.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV herunterladen' }).click()]);
  const bytes = require('fs').readFileSync(await download.path());
  // For Excel: UTF-8 with a byte order mark, and semicolons between fields in German.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
  expect(csv).toHaveLength(6);
  expect(csv[0]).toContain('Beziehungsführung');
  results.forEach((r, i) => {
    const cells = csv[i + 1].split(';');
    expect(Number(cells[1])).toBe(stageOf(r));
    expect(cells.slice(4).map(Number)).toEqual(scoreOf(r));
  });

  // Kept until cleared.
  await page.reload();
  await expect(page.locator('.workshop > .result-count')).toHaveText('5 Ergebnisse');
  await page.getByRole('button', { name: 'Gruppe leeren' }).click();
  await expect(page.getByText('Noch keine gültigen Codes.')).toBeVisible();
});

test('a participant link with a session label shows the label and a large QR code', async ({ page }) => {
  await finish(page, (item) => pick(item, 'partner'), '/#join=Vertrieb-Nord');
  await expect(page.getByText('Workshop: Vertrieb-Nord')).toBeVisible();
  const qr = await page.getByRole('img', { name: 'QR-Code des Ergebnislinks' }).boundingBox();
  expect(qr.width).toBeGreaterThan(200);
});
