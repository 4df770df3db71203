// The start screen: German by default, English on request and remembered, accessible in both.
const { test, expect } = require('./fixtures');
const AxeBuilder = require('@axe-core/playwright').default;

test('start screen is German by default', async ({ page }) => {
  // goto waits for the running app (fixtures.js), which the HTML drawn at build time is not.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vollständigen Check starten' })).toBeVisible();
  await expect(page.getByText('Ihre Antworten verlassen diesen Browser nicht', { exact: false })).toBeVisible();
});

test('switching to English changes heading and html lang and survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mail carrier or partner?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Mail carrier or partner?');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mail carrier or partner?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

for (const lang of ['de', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`axe: start screen has no violations (${lang}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
}
