// Issue 17, items 4 and 5: print is dark on white and the charts stay visible in forced
// colours, whatever theme the system or a host sets, on every screen with charts.
const { test, expect } = require('./fixtures');
const { variantItems, pick, optionLabel, collect, openInvitation } = require('./helpers');

test.describe.configure({ timeout: 120_000 });

// Made once: a seller's own finished check (its saved state), its result link, and a comparison
// with an invited person's outside view; plus that person's invitation link.
let link, saved, invite, compareLink;
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
  saved = await page.evaluate(() => Object.entries(localStorage));
  await openInvitation(page);
  await page.getByLabel('Ihr Vorname oder Kürzel').fill('Anna');
  await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
  invite = await page.getByLabel(/^Einladungslink/).inputValue();
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const them = await other.newPage();
  await them.goto(invite);
  await them.getByRole('button', { name: 'Außensicht beginnen' }).click();
  for (const item of variantItems('quick')) {
    await expect(them.getByRole('heading', { level: 2, name: item.outside_text.de })).toBeVisible();
    await them.getByRole('radio', { name: optionLabel(item, pick(item, 'partner'), 'de'), exact: true }).click();
  }
  const code = await them.locator('.outside-code .short-code code').innerText();
  await other.close();
  await page.getByLabel('Code, den Ihnen die eingeladene Person geschickt hat').fill(code);
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  compareLink = await page.getByLabel(/^Link zu diesem Vergleich/).inputValue();
  await context.close();
});

/** With `query` set by a host: the address, then what a visitor does there. */
const withQuery = (address, query) => {
  const url = new URL(address, 'http://x');
  for (const [k, v] of new URLSearchParams(query)) url.searchParams.set(k, v);
  return `${url.pathname}${url.search}${url.hash}`;
};

/**
 * Every screen with charts, texts or a QR code, as a visitor opens it with the host's `query`:
 * [name, address, h1 to wait for, what the visitor does there, least number of marks found].
 */
function screens(query) {
  const { hash } = new URL(link);
  const h1 = (page, name) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return [
    ['shared result', `/index.html?${query}${hash}`, 'Geteiltes Ergebnis', null, 6],
    ['own result', `/index.html?${query}`, null, async (page) => {
      await page.getByRole('button', { name: 'Weitermachen' }).click();
      await h1(page, 'Ihr Ergebnis');
      await expect(page.locator('svg.qr').first()).toBeVisible();
    }, 6],
    // One participant: the group picture shows from one on here (`min-group=1`).
    ['workshop', `/more.html?${query}&min-group=1#workshop`, null, async (page) => collect(page, link), 6],
    ['comparison', withQuery(compareLink, query), 'Selbstbild und Außensicht', null, 6],
    ['invitation', withQuery(invite, query), 'Ihre Außensicht auf Anna', null, 1],
    ['outside view given', withQuery(invite, query), null, async (page) => {
      await page.getByRole('button', { name: 'Außensicht beginnen' }).click();
      for (const item of variantItems('quick')) {
        await expect(page.getByRole('heading', { level: 2, name: item.outside_text.de })).toBeFocused();
        await page.keyboard.press('1');
        await page.keyboard.press('Enter');
      }
      await h1(page, 'Danke für Ihre Außensicht');
    }, 1],
  ];
}

/** Opens each screen of `query` in `page` (saved check in place), runs `check(name, least)` on it. */
async function eachScreen(page, query, check) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('test-seeded')) return;
    sessionStorage.setItem('test-seeded', '1');
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, saved);
  for (const [name, url, heading, act, least] of screens(query)) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }).first()).toBeVisible();
    if (act) await act(page);
    await check(name, least);
  }
}

/**
 * Contrast (WCAG) of each chart text, mark, bar, legend swatch and heading against `background`
 * (the page's own when null), of each stage band's number against its band, and of each QR
 * code's modules against its ground; lowest first, as [ratio, what].
 */
async function contrasts(page, background) {
  return page.evaluate((bg) => {
    const rgb = (s) => (s.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
    const paper = bg || getComputedStyle(document.body).backgroundColor;
    const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const out = [];
    const add = (el, paint, ground) => out.push([ratio(paint, ground), `${el.tagName}.${el.getAttribute('class') || ''} ${paint} on ${ground}`]);
    for (const el of document.querySelectorAll('svg text, .spectrum .marker circle, .spectrum .marker line, .stage-legend, h1, h2, p')) {
      if (!shown(el)) continue;
      const style = getComputedStyle(el);
      if (el.classList.contains('band-number')) {
        const band = el.previousElementSibling;
        add(el, style.fill, getComputedStyle(band).fill);
        continue;
      }
      add(el, el instanceof SVGElement ? (el.tagName === 'text' ? style.fill : style.stroke) : style.color, paper);
    }
    // The bars of the dimension charts, and the legend's swatches, against the page.
    for (const bar of document.querySelectorAll('.dimension-chart rect.fill, .dimension-chart rect.fill-outside')) {
      if (shown(bar) && bar.getBBox().width > 0) add(bar, getComputedStyle(bar).fill, paper);
    }
    for (const item of document.querySelectorAll('.chart-legend li')) {
      if (shown(item)) add(item, getComputedStyle(item, '::before').backgroundColor, paper);
    }
    for (const qr of document.querySelectorAll('svg.qr')) {
      if (!shown(qr)) continue;
      add(qr, getComputedStyle(qr.querySelector('.qr-fg')).fill, getComputedStyle(qr.querySelector('.qr-bg')).fill);
    }
    return out.sort((a, b) => a[0] - b[0]);
  }, background);
}

const THEMES = [
  ['system dark', '', 'dark'],
  ['host dark', 'theme=dark', 'light'],
  ['host light on a dark system', 'theme=light', 'dark'],
  ['system light', '', 'light'],
  // A host's accent made for its dark pages: too light for paper.
  ['a host accent', 'accent=%23a8d8ff', 'dark'],
];

for (const [theme, query, scheme] of THEMES) {
  test(`printing from ${theme}: dark text on white paper`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await eachScreen(page, query, async (name, least) => {
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      const found = await contrasts(page, 'rgb(255, 255, 255)');
      expect(found.length, name).toBeGreaterThanOrEqual(least);
      expect(found[0][0], `${name}: ${found[0][1]}`).toBeGreaterThanOrEqual(4.5);
      await page.emulateMedia({ media: 'screen', colorScheme: scheme });
    });
  });

  test(`forced colours from ${theme}: charts, markers, QR codes and texts visible`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, forcedColors: 'active' });
    await eachScreen(page, query, async (name, least) => {
      const found = await contrasts(page, null);
      expect(found.length, name).toBeGreaterThanOrEqual(least);
      expect(found[0][0], `${name}: ${found[0][1]}`).toBeGreaterThanOrEqual(3);
    });
  });
}
