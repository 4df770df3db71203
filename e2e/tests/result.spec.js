// The result page: accessible on every screen in both languages and colour schemes, and one A4 page in print.
const { test, expect } = require('./fixtures');
const { variantItems, answerByMouse, expectNoAxeViolations } = require('./helpers');

const texts = {
  de: { quick: 'Kurzcheck starten', full: 'Vollständigen Check starten' },
  en: { quick: 'Start the quick check', full: 'Start the full check' },
};

for (const lang of ['de', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`axe: question and result screens have no violations (${lang}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/?lang=${lang}&cta=https://example.org/kontakt`);
      await page.getByRole('link', { name: texts[lang].full }).click();
      // A likert question and a scenario question.
      const items = variantItems('full');
      await expect(page.getByRole('heading', { level: 2, name: items[0].text[lang] })).toBeVisible();
      await expectNoAxeViolations(page);
      const scenario = items.findIndex((i) => i.kind === 'scenario');
      for (let n = 0; n < scenario; n++) {
        await expect(page.getByRole('heading', { level: 2, name: items[n].text[lang] })).toBeFocused();
        await page.keyboard.press('ArrowRight');
      }
      await expect(page.getByRole('heading', { level: 2, name: items[scenario].text[lang] })).toBeVisible();
      await page.keyboard.press('A');
      await expectNoAxeViolations(page);
      await page.goto(`/?lang=${lang}&cta=https://example.org/kontakt`);
      await page.getByRole('button', { name: lang === 'de' ? 'Neu beginnen' : 'Start over' }).click();
      await page.getByRole('link', { name: texts[lang].quick }).click();
      await answerByMouse(page, 'quick', 'partner', lang);
      await expect(page.locator('.cta a.primary')).toHaveAttribute('href', 'https://example.org/kontakt');
      await expectNoAxeViolations(page);
    });
  }
}

test('print to PDF is exactly one A4 page with both charts', async ({ page }, testInfo) => {
  await page.goto('/?cta=https://example.org/kontakt');
  await page.getByRole('link', { name: 'Vollständigen Check starten' }).click();
  await answerByMouse(page, 'full', 'brieftraeger');
  await page.emulateMedia({ media: 'print' });
  // Both charts are laid out in print, buttons are not.
  for (const sel of ['.spectrum svg', '.dimension-chart svg']) {
    const box = await page.locator(sel).boundingBox();
    expect(box && box.height > 20 && box.width > 100, `${sel} visible in print`).toBeTruthy();
  }
  await expect(page.getByRole('button', { name: 'Neuen Check beginnen' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  await testInfo.attach('result.pdf', { body: pdf, contentType: 'application/pdf' });
  require('fs').writeFileSync(testInfo.outputPath('result.pdf'), pdf);
  expect(pages).toBe(1);
});
