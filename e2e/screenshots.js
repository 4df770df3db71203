// Screenshots of every screen at phone and desktop width, light and dark, for looking at changes.
// Usage: node screenshots.js [baseURL] [outDir]   (serve dist/ first, e.g. with scripts/serve)
const { variantItems, pick, optionLabel } = require('./tests/helpers');
const { screenshotBrowser } = require('./screenshot-browser');

const base = process.argv[2] || 'http://127.0.0.1:8080';
const out = process.argv[3] || 'screenshots';

(async () => {
  const browser = await screenshotBrowser(out);
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      const shot = (name) => page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
      await page.goto(`${base}/?cta=https://example.org/kontakt`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shot('start');
      await page.getByRole('link', { name: 'Vollständigen Check starten' }).click();
      const items = variantItems('full');
      await page.getByRole('radio', { name: optionLabel(items[0], 3, 'de'), exact: true }).focus();
      await page.keyboard.press('4');
      await shot('question');
      const scenario = items.findIndex((i) => i.kind === 'scenario');
      for (let n = 0; n < scenario; n++) {
        await page.getByRole('heading', { level: 2, name: items[n].text.de }).waitFor();
        await page.keyboard.press('ArrowRight');
      }
      await page.getByRole('heading', { level: 2, name: items[scenario].text.de }).waitFor();
      await shot('scenario');
      for (const item of items.slice(scenario)) {
        await page.getByRole('heading', { level: 2, name: item.text.de }).waitFor();
        const persona = item.id.length % 3 === 0 ? 'brieftraeger' : 'partner';
        await page.getByRole('radio', { name: optionLabel(item, pick(item, persona), 'de'), exact: true }).click();
      }
      await page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' }).waitFor();
      await shot('result');
      const link = await page.getByLabel('Ergebnislink', { exact: true }).inputValue();
      await page.goto(link);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Geteiltes Ergebnis' }).waitFor();
      await shot('shared');
      await page.goto(`${base}/#workshop`);
      await page.waitForURL(/more\.html#workshop$/); // the first page hands it to the second
      await page.getByLabel('Ergebniscodes, einer pro Zeile').fill(`${link}\nKAPUTT\n${link}`);
      await shot('workshop');
      await page.goto(`${base}/?embed=1&intro=0&variant=quick&theme=dark&accent=%23075`);
      await shot('embed');
      await page.close();
    }
  }
  await browser.close();
})();
