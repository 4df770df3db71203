// The start screen drawn at build time: there before the wasm, handed over without losing a
// click or the focus, and never shown where the app draws something else.
const { test, expect } = require('@playwright/test');

/** Holds back the files matching `glob` until the returned function is called. */
async function hold(page, glob) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(glob, async (route) => { await held; await route.continue(); });
  return release;
}
const holdWasm = (page) => hold(page, '**/*_bg.wasm');

const appStarted = (page) => page.waitForFunction(() => window.wasmBindings !== undefined);

test('the start screen shows before the wasm, and a click made meanwhile starts the check', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toBeVisible();
  await expect(page.getByText('12 Fragen · etwa 3 Minuten')).toBeVisible();
  expect(await page.evaluate(() => window.wasmBindings)).toBeUndefined();
  const drawn = await page.locator('#app').innerText();
  await page.getByRole('button', { name: 'Kurzcheck starten' }).click();
  release();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page.locator('.progress-text')).toHaveText(/^Frage 1 von 12 /);
});

// The start screen is drawn anew twice: when the app starts, and when the questionnaire arrives.
for (const [redraw, glob, redrawn] of [
  ['the app starts', '**/*_bg.wasm', appStarted],
  ['the questionnaire arrives', '**/default.json', (page) => page.locator('.notices').waitFor({ state: 'attached' })],
]) {
  test(`a press on "Kurzcheck starten" released after ${redraw} starts the check`, async ({ page }) => {
    const [wasm, release] = [await holdWasm(page), glob.endsWith('.json') ? await hold(page, glob) : null];
    await page.goto('/');
    const quick = page.getByRole('button', { name: 'Kurzcheck starten' });
    const mark = () => quick.evaluate((b) => { b.dataset.before = ''; });
    await mark();
    if (release) { // the app's first drawing, before the questionnaire
      wasm();
      await expect(page.locator('#app [data-before]')).toHaveCount(0);
      await mark();
    }
    const box = await quick.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    (release ?? wasm)();
    await redrawn(page);
    // The button under the pressed mouse is a new one now.
    await expect(page.locator('#app [data-before]')).toHaveCount(0);
    await expect(quick).toBeVisible();
    await page.mouse.up();
    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(page.locator('.progress-text')).toHaveText(/^Frage 1 von 12 /);
  });
}

test('the focus stays on the button a keyboard user reached before the app was ready', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  const full = page.getByRole('button', { name: 'Vollständigen Check starten' });
  await expect(full).toBeVisible();
  const drawn = await page.locator('#app').innerText();
  for (let i = 0; i < 10 && !(await full.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(full).toBeFocused();
  release();
  await appStarted(page);
  // Drawn anew once more when the questionnaire has arrived (the check's notices region appears).
  await page.locator('.notices').waitFor({ state: 'attached' });
  await expect(full).toBeFocused();
  // The app's screen reads exactly like the one drawn at build time.
  expect(await page.locator('#app').innerText()).toBe(drawn);
  await page.keyboard.press('Enter');
  await expect(page.locator('.progress-text')).toHaveText(/^Frage 1 von 30 /);
});

for (const [name, url, init] of [
  ['English chosen before', '/', () => localStorage.setItem('seller-check.lang', 'en')],
  ['a language in the address', '/?lang=en', null],
  ['embedded', '/?embed=1', null],
  ['a shared result', '/#r=AAAA', null],
]) {
  test(`no German start screen is drawn ahead of the app: ${name}`, async ({ page }) => {
    if (init) await page.addInitScript(init);
    await page.route('**/*_bg.wasm', (route) => route.abort());
    await page.goto(url);
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
  await page.goto('/');
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
  await page.waitForTimeout(500);
  return page.evaluate(() => window.__shift);
}

test('the start page, a question opened directly and a shared result arrive without shifting the page', async ({ page, browser }) => {
  const { answerByMouse } = require('./helpers');
  expect(await layoutShift(page, '/', (p) => p.locator('.notices'))).toBe(0);
  await page.getByRole('button', { name: 'Kurzcheck starten' }).click();
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
