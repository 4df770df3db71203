// Issue 17: everyday handling that users of comparable tools reported.
const { test, expect } = require('./fixtures');
const { variantItems } = require('./helpers');

const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const background = (locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);

// Item 13: answering is the obvious path; skipping stays possible but quiet; the keyboard hint
// names only the keys that work on the question on screen.
for (const lang of ['de', 'en']) {
  test(`answering stands out, skipping is quiet, the hint names the keys of each question (${lang})`, async ({ page }) => {
    const skip = lang === 'de' ? 'Überspringen →' : 'Skip →';
    const next = lang === 'de' ? 'Weiter →' : 'Next →';
    await page.goto(`/?lang=${lang}&intro=0&variant=quick`);
    const items = variantItems('quick');
    for (const [n, item] of items.entries()) {
      await expect(page.getByRole('heading', { level: 2, name: item.text[lang] })).toBeVisible();
      const hint = await page.locator('.keyboard-hint').innerText();
      if (item.kind === 'likert') {
        expect(hint).toContain('1–5');
        expect(hint).not.toContain('A–');
      } else {
        expect(hint).toContain(`A–${String.fromCharCode(64 + item.options.length)}`);
        expect(hint).not.toContain('1–5');
      }
      expect(hint.includes('0 ')).toBe(Boolean(item.not_applicable));
      if (n === items.length - 1) break;
      const skipping = page.getByRole('button', { name: skip });
      // Polled: the button eases from the filled look of the question before.
      await expect.poll(() => background(skipping)).toBe(TRANSPARENT);
      if (n === 0) {
        // Once answered (by keyboard: no auto-advance), the way on is the filled button.
        await page.keyboard.press(item.kind === 'likert' ? '3' : 'B');
        const going = page.getByRole('button', { name: next });
        await expect(going).toBeVisible();
        await expect.poll(() => background(going)).not.toBe(TRANSPARENT);
        await going.click();
      } else {
        await skipping.click();
      }
    }
  });
}
