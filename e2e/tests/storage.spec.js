// Storage faults: corrupted or old saves, a full quota, storage denied in a sandbox. The app works and says so once.
const { test, expect } = require('./fixtures');
const { answerByMouse } = require('./helpers');

const KEY = 'seller-check.session';
const UNREADABLE = 'Ein gespeicherter Check konnte nicht gelesen werden';
const FULL = 'Der Speicher dieses Browsers ist voll.';
const BLOCKED = 'Dieser Browser erlaubt kein lokales Speichern.';

async function finishQuick(page) {
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'partner');
  await expect(page.getByText('Stufe 5 / 5')).toBeVisible();
}

for (const [name, value] of [
  ['corrupted JSON', '{"format":1,"answers":{"given":'],
  ['an older format version', JSON.stringify({ format: 0, answers: { 'lead-wait': 3 }, step: 4 })],
]) {
  test(`a saved check holding ${name} is reported once and the check works`, async ({ page }) => {
    // Wait until the app has fetched its questionnaire and settled its own save, then plant ours.
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, value]);
    await page.reload();
    await expect(page.getByText(UNREADABLE, { exact: false })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Weitermachen' })).toHaveCount(0);
    await finishQuick(page);
    await expect(page.getByText(UNREADABLE, { exact: false })).toHaveCount(1);
    // The broken save was replaced by the new, readable one.
    const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
    expect(saved.finished).toBe(true);
  });
}

test('a write beyond the quota is reported once and the check completes', async ({ page }) => {
  await page.addInitScript((k) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === k) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  }, KEY);
  await page.goto('/');
  await finishQuick(page);
  await expect(page.getByText(FULL, { exact: false })).toHaveCount(1);
  await page.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByText(FULL, { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: '← Zurück' }).click();
  await page.getByRole('radio').first().click();
  await expect(page.getByText(FULL, { exact: false })).toHaveCount(0);
});

test('in a sandboxed iframe without allow-same-origin the check completes without storage', async ({ page, baseURL }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent(`<!doctype html><html lang="en"><title>Host</title>
    <iframe sandbox="allow-scripts" src="${baseURL}/" title="Seller check" style="width:800px;height:900px"></iframe>`);
  const app = page.frameLocator('iframe');
  await expect(app.getByText(BLOCKED, { exact: false })).toHaveCount(1);
  await app.getByRole('link', { name: 'Kurzcheck starten' }).click();
  const { variantItems, pick, optionLabel } = require('./helpers');
  for (const item of variantItems('quick')) {
    await expect(app.getByRole('heading', { level: 2, name: item.text.de })).toBeVisible();
    await app.getByRole('radio', { name: optionLabel(item, pick(item, 'partner'), 'de'), exact: true }).click();
  }
  await expect(app.getByText('Stufe 5 / 5')).toBeVisible();
  await expect(app.getByText(BLOCKED, { exact: false })).toHaveCount(1);
  expect(errors).toEqual([]);
});
