// Screenshots of the questionnaire studio (issue 20) at 390, 1280 and 1920 px, light and dark.
// Usage: node screenshots-studio.js [baseURL] [outDir]   (serve dist/ first, e.g. with scripts/serve)
const { screenshotBrowser } = require('./screenshot-browser');

const base = process.argv[2] || 'http://127.0.0.1:8080';
const out = process.argv[3] || 'screenshots';

(async () => {
  const browser = await screenshotBrowser(out);
  for (const width of [390, 1280, 1920]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: width < 500 ? 844 : 1000 }, colorScheme: scheme });
      const shot = (name, fullPage = width < 500) => page.screenshot({ path: `${out}/studio-${name}-${width}-${scheme}.png`, fullPage });
      await page.goto(`${base}/studio.html`);
      await page.getByRole('button', { name: 'Eingebauten Fragebogen öffnen' }).waitFor();
      await shot('open');
      await page.getByRole('button', { name: 'Eingebauten Fragebogen öffnen' }).click();
      const nav = page.getByRole('navigation', { name: 'Teile der Datei' });
      await nav.getByRole('button', { name: 'Fragen' }).click();
      await page.getByRole('main').getByRole('button', { name: /sc-price-threat/ }).click();
      await shot('scenario');
      await page.getByRole('main').getByRole('button', { name: /lead-next-step/ }).click();
      await page.getByRole('main').getByRole('combobox', { name: 'Dimension' }).fill('leadrship');
      await shot('problems');
      await nav.getByRole('button', { name: 'Sprachen' }).click();
      await shot('languages');
      await page.close();
    }
  }
  await browser.close();
})();
