// The self-check experience: mouse and keyboard, personas, resume, storage faults.
const { test, expect } = require('./fixtures');
const { questionnaire, variantItems, pick, optionKey, answerByMouse } = require('./helpers');

const stageName = (i, lang = 'de') => questionnaire.stages[i].name[lang];

test('quick check by mouse, Briefträger-like, ends on stage 1', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await expect(page.getByRole('progressbar', { name: 'Frage 1 von 12' })).toBeVisible();
  await answerByMouse(page, 'quick', 'brieftraeger');
  await expect(page.getByRole('heading', { level: 2, name: stageName(0) })).toBeVisible();
  await expect(page.getByText('Stufe 1 / 5')).toBeVisible();
});

test('quick check by mouse, partner-like, ends on stage 5', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'partner');
  await expect(page.getByRole('heading', { level: 2, name: stageName(4) })).toBeVisible();
  await expect(page.getByText('Stufe 5 / 5')).toBeVisible();
});

for (const persona of ['brieftraeger', 'partner']) {
  test(`full check by keyboard only (${persona})`, async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Mail carrier or partner?' })).toBeVisible();
    // Tab to the full check's start button, as a keyboard user would.
    const start = page.getByRole('link', { name: 'Start the full check' });
    for (let i = 0; i < 12 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(start).toBeFocused();
    await page.keyboard.press('Enter');
    const items = variantItems('full');
    for (const [n, item] of items.entries()) {
      const heading = page.getByRole('heading', { level: 2, name: item.text.en });
      await expect(heading).toBeFocused();
      await expect(page.getByText(`Question ${n + 1} of ${items.length}`, { exact: true })).toBeAttached();
      await page.keyboard.press(optionKey(item, pick(item, persona)));
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Your result' })).toBeFocused();
    const stage = persona === 'partner' ? 4 : 0;
    await expect(page.getByRole('heading', { level: 2, name: stageName(stage, 'en') })).toBeVisible();
  });
}

test('arrow keys go back and forward, and answers can be changed', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  const [first, second] = variantItems('quick');
  await expect(page.getByRole('heading', { level: 2, name: first.text.de })).toBeFocused();
  await page.keyboard.press('2');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: second.text.de })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 2, name: first.text.de })).toBeFocused();
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('5');
  await expect(page.getByRole('radio').nth(4)).toBeChecked();
  await expect(page.getByRole('radio').nth(1)).not.toBeChecked();
});

test('a reload in the middle continues with the answers intact', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  const items = variantItems('quick');
  for (const item of items.slice(0, 5)) {
    await expect(page.getByRole('heading', { level: 2, name: item.text.de })).toBeFocused();
    await page.keyboard.press(optionKey(item, 3));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('progressbar', { name: 'Frage 6 von 12' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sie haben einen Check begonnen' })).toBeVisible();
  await expect(page.getByText('5 von 12 Fragen beantwortet.')).toBeVisible();
  await page.getByRole('button', { name: 'Weitermachen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: items[5].text.de })).toBeVisible();
  await page.getByRole('button', { name: '← Zurück' }).click();
  await expect(page.getByRole('heading', { level: 2, name: items[4].text.de })).toBeVisible();
  await expect(page.getByRole('radio').nth(3)).toBeChecked();
});

test('"Neu beginnen" drops the saved check', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  // Keys act only once the question has focus; under load the questionnaire may still be loading.
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Frage 2 von 12', { exact: false }).first()).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Neu beginnen' }).click();
  await expect(page.getByRole('button', { name: 'Weitermachen' })).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('seller-check.session'))).toBeNull();
  // reload waits for the running app (fixtures.js): its screen, not the one drawn at build time.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Weitermachen' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await expect(page.getByText('Frage 1 von 12', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('with localStorage throwing on every call the check still completes', async ({ page }) => {
  await page.addInitScript(() => {
    const deny = () => { throw new DOMException('denied', 'SecurityError'); };
    for (const m of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) Storage.prototype[m] = deny;
    Object.defineProperty(window, 'localStorage', { get: deny, configurable: true });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByText('Dieser Browser erlaubt kein lokales Speichern.', { exact: false })).toHaveCount(1);
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'partner');
  await expect(page.getByRole('heading', { level: 2, name: stageName(4) })).toBeVisible();
  await expect(page.getByText('Dieser Browser erlaubt kein lokales Speichern.', { exact: false })).toHaveCount(1);
  expect(errors).toEqual([]);
});
