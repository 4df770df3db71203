// Issue 17, items 4 and 5: print is dark on white and the charts stay visible in forced
// colours, whatever theme the system or a host sets, on every screen with charts.
const { test, expect } = require('./fixtures');
const { variantItems, pick, optionLabel } = require('./helpers');

test.describe.configure({ timeout: 120_000 });

let link;
test.beforeAll(async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/?intro=0&variant=quick');
  for (const [n, item] of variantItems('quick').entries()) {
    await expect(page.getByRole('heading', { level: 2, name: item.text.de })).toBeVisible();
    const persona = n % 2 ? 'partner' : 'brieftraeger';
    await page.getByRole('radio', { name: optionLabel(item, pick(item, persona), 'de'), exact: true }).click();
  }
  link = await page.getByLabel('Ergebnislink', { exact: true }).inputValue();
  await context.close();
});

/** Every screen with charts, as a visitor opens it with the host's `query`. */
function screens(query) {
  const { hash } = new URL(link);
  return [
    ['shared result', `/index.html?${query}${hash}`, 'Geteiltes Ergebnis', null],
    ['workshop', `/more.html?${query}#workshop`, null, async (page) => page.getByRole('textbox').first().fill(`${link}\n${link}`)],
  ];
}

/** Contrast (WCAG) of each chart text and mark against `background`, lowest first. */
async function contrasts(page, background) {
  return page.evaluate((bg) => {
    const rgb = (s) => (s.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
    const paper = bg || getComputedStyle(document.body).backgroundColor;
    const out = [];
    for (const el of document.querySelectorAll('svg text, .spectrum .marker circle, .spectrum .marker line, .stage-legend, h1, h2')) {
      const style = getComputedStyle(el);
      const paint = el instanceof SVGElement ? (el.tagName === 'text' ? style.fill : style.stroke) : style.color;
      if (el.closest('.band') || el.classList.contains('band-number')) continue;
      out.push([ratio(paint, paper), `${el.tagName}.${el.getAttribute('class') || ''} ${paint} on ${paper}`]);
    }
    return out.sort((a, b) => a[0] - b[0]);
  }, background);
}

const THEMES = [
  ['system dark', '', 'dark'],
  ['host dark', 'theme=dark', 'light'],
  ['host light on a dark system', 'theme=light', 'dark'],
  ['system light', '', 'light'],
];

for (const [theme, query, scheme] of THEMES) {
  test(`printing from ${theme}: dark text on white paper`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, url, heading, setup] of screens(query)) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) })).toBeVisible();
      if (setup) await setup(page);
      await expect(page.locator('svg text').first()).toBeVisible();
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      const found = await contrasts(page, 'rgb(255, 255, 255)');
      expect(found.length, name).toBeGreaterThan(5);
      expect(found[0][0], `${name}: ${found[0][1]}`).toBeGreaterThanOrEqual(4.5);
      await page.emulateMedia({ media: 'screen', colorScheme: scheme });
    }
  });

  test(`forced colours from ${theme}: charts, markers and texts visible`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, forcedColors: 'active' });
    for (const [name, url, heading, setup] of screens(query)) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) })).toBeVisible();
      if (setup) await setup(page);
      await expect(page.locator('svg text').first()).toBeVisible();
      const found = await contrasts(page, null);
      expect(found.length, name).toBeGreaterThan(5);
      expect(found[0][0], `${name}: ${found[0][1]}`).toBeGreaterThanOrEqual(3);
    }
  });
}
