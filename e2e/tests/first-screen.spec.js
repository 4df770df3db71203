// The start screen drawn at build time: there before the wasm, adopted by the app as it is
// without losing a click, a press or the focus, and never shown where the app draws something else.
const { test, expect } = require('./fixtures');

/** Holds back the files matching `glob` until the returned function is called. */
async function hold(page, glob) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(glob, async (route) => { await held; await route.continue(); });
  return release;
}
const holdWasm = (page) => hold(page, '**/*_bg.wasm');

const ready = (page) => page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });

/** The check opened on question 1 of `total`, once, with no answer given, the question focused. */
async function expectFreshCheck(page, total = 12) {
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page.locator('.progress-text')).toHaveText(new RegExp(`^Frage 1 von ${total} `));
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('seller-check.session') ?? 'null');
    return saved && [saved.variant, saved.index, Object.keys(saved.answers?.given ?? {}).length];
  })).toEqual([total === 12 ? 'quick' : 'full', 0, 0]);
}

test('the start screen shows before the wasm, and a click made meanwhile starts the check', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { app: false });
  await expect(page.getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toBeVisible();
  await expect(page.getByText('12 Fragen · etwa 3 Minuten')).toBeVisible();
  expect(await page.evaluate(() => window.wasmBindings)).toBeUndefined();
  // The start control is a link to the variant's first question: it works without the app.
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await expect(page).toHaveURL(/\?intro=0&variant=quick$/);
  release();
  await expectFreshCheck(page);
});

test('a press held while the app starts acts on the same element, in place', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { app: false });
  const quick = page.getByRole('link', { name: 'Kurzcheck starten' });
  await quick.evaluate((b) => { b.dataset.before = ''; });
  const box = await quick.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  release();
  await ready(page);
  // Hydrated, not drawn anew: the element under the pressed mouse is the one drawn at build time.
  await expect(page.locator('#app a[data-before]')).toHaveCount(1);
  await page.mouse.up();
  await expectFreshCheck(page);
  await expect(page).toHaveURL(/\/$/);
});

test('the focus stays on the link a keyboard user reached before the app was ready', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { app: false });
  const full = page.getByRole('link', { name: 'Vollständigen Check starten' });
  await expect(full).toBeVisible();
  const drawn = await page.locator('#app').innerText();
  for (let i = 0; i < 10 && !(await full.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(full).toBeFocused();
  const questionnaire = page.waitForResponse('**/default.bin');
  release();
  await ready(page);
  await (await questionnaire).finished();
  // The app runs and has the questionnaire: the drawn link still has the focus.
  await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  await expect(full).toBeFocused();
  // The app's screen reads exactly like the one drawn at build time.
  expect(await page.locator('#app').innerText()).toBe(drawn);
  await page.keyboard.press('Enter');
  await expectFreshCheck(page, 30);
});

// A slow phone: the CPU four times slower, a click at different moments of the start-up.
for (const moment of ['at the first paint', 'while the wasm downloads', 'once the app runs']) {
  test(`with a 4x slower CPU, a click ${moment} starts exactly one check`, async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const release = moment === 'while the wasm downloads' ? await holdWasm(page) : null;
    await page.goto('/', { app: false, waitUntil: 'commit' });
    const quick = page.getByRole('link', { name: 'Kurzcheck starten' });
    await expect(quick).toBeVisible();
    if (moment === 'once the app runs') await ready(page);
    // Page loads, not the history entries the check records for its screens.
    let navigations = 0;
    page.on('request', (r) => { if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations += 1; });
    await quick.click();
    release?.();
    await expectFreshCheck(page);
    // Either the app started it in place, or the link opened the first question: never both.
    expect(navigations).toBeLessThanOrEqual(1);
    if (moment === 'once the app runs') expect(navigations).toBe(0);
    // One check, one question at a time: an answer moves on by exactly one.
    await page.getByRole('radio').first().click();
    await expect(page.locator('.progress-text')).toHaveText(/^Frage 2 von 12 /);
  });
}

for (const [name, url, init] of [
  ['English chosen before', '/', () => localStorage.setItem('seller-check.lang', 'en')],
  ['a language in the address', '/?lang=en', null],
  ['embedded', '/?embed=1', null],
  ['a shared result', '/#r=AAAA', null],
  ['a check kept to resume', '/', () => localStorage.setItem('seller-check.session', '{}')],
]) {
  test(`no German start screen is drawn ahead of the app: ${name}`, async ({ page }) => {
    if (init) await page.addInitScript(init);
    await page.route('**/*_bg.wasm', (route) => route.abort());
    await page.goto(url, { app: false });
    await page.waitForLoadState('load');
    await expect(page.locator('#app')).toBeEmpty();
  });
}

test('no German start screen is drawn ahead of the app: a self-hosted copy with settings on #app', async ({ page }) => {
  await page.route(/\/$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<div id="app">', '<div id="app" data-lang="en">');
    await route.fulfill({ response, body: html });
  });
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.goto('/', { app: false });
  await page.waitForLoadState('load');
  await expect(page.locator('#app')).toBeEmpty();
});

/** Sums the page's layout shifts (the CLS of one load) after `url` has shown `ready`. */
async function layoutShift(page, url, ready) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await ready(page).first().waitFor({ state: 'attached' });
  await page.waitForTimeout(500); // sampling the layout shifts of a window, not waiting for the app
  return page.evaluate(() => window.__shift);
}

test('the start page, a question opened directly and a shared result arrive without shifting the page', async ({ page, browser }) => {
  const { answerByMouse } = require('./helpers');
  expect(await layoutShift(page, '/', (p) => p.locator('html[data-app="ready"]'))).toBe(0);
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'partner');
  const link = await page.getByLabel('Ergebnislink', { exact: true }).inputValue();
  for (const [url, ready] of [
    ['/?intro=0&variant=quick', (p) => p.getByRole('radio').first()],
    [link, (p) => p.getByRole('heading', { level: 1, name: 'Geteiltes Ergebnis' })],
  ]) {
    const context = await browser.newContext();
    expect(await layoutShift(await context.newPage(), url, ready)).toBe(0);
    await context.close();
  }
});
