// A panic shows a localized error screen with a restart link; the answers in storage survive it.
const { test, expect } = require('./fixtures');
const { variantItems, optionKey } = require('./helpers');

const PANIC_ORIGIN = 'http://127.0.0.1:4175';

for (const [lang, texts] of Object.entries({
  de: { start: 'Kurzcheck starten', title: 'Da ist etwas schiefgelaufen', restart: 'Neu starten', resume: 'Weitermachen', answered: '3 von 12 Fragen beantwortet.' },
  en: { start: 'Start the quick check', title: 'Something went wrong', restart: 'Restart', resume: 'Continue', answered: '3 of 12 questions answered.' },
})) {
  test(`a panic shows the error screen and keeps the answers (${lang})`, async ({ page }) => {
    await page.goto(`${PANIC_ORIGIN}/`);
    if (lang === 'en') await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('link', { name: texts.start }).click();
    const items = variantItems('quick');
    for (const item of items.slice(0, 3)) {
      await expect(page.getByRole('heading', { level: 2, name: item.text[lang] })).toBeFocused();
      await page.keyboard.press(optionKey(item, 1));
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { level: 2, name: items[3].text[lang] })).toBeFocused();
    await page.keyboard.press('!');
    await expect(page.getByRole('alert')).toContainText(texts.title);
    await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();
    await page.getByRole('link', { name: texts.restart }).click();
    await expect(page.getByText(texts.answered)).toBeVisible();
    await page.getByRole('button', { name: texts.resume }).click();
    await expect(page.getByRole('heading', { level: 2, name: items[3].text[lang] })).toBeVisible();
  });
}
