// Screenshots of the outside view (invitation, the invited person's screens, the comparison)
// at phone and desktop width, light and dark. Usage: node screenshots-outside.js [baseURL] [outDir]
const { variantItems, pick, optionLabel } = require('./tests/helpers');
const { screenshotBrowser } = require('./screenshot-browser');

const base = process.argv[2] || 'http://127.0.0.1:8080';
const out = process.argv[3] || 'screenshots';

/** Answers the quick check; `persona(item)` names the pole per item; `outside` reads the outside wording. */
async function answer(page, persona, outside) {
  for (const item of variantItems('quick')) {
    await page.getByRole('heading', { level: 2, name: outside ? item.outside_text.de : item.text.de }).waitFor();
    const p = persona(item);
    const index = p === 'mid' ? (item.kind === 'likert' ? 2 : 1) : pick(item, p);
    await page.getByRole('radio', { name: optionLabel(item, index, 'de'), exact: true }).click();
  }
}

/** Answers an invitation as someone else and returns the code. */
async function outsideCode(browser, invite, persona, role, shots) {
  const page = await browser.newPage(shots ? shots.viewport : {});
  await page.goto(invite);
  await page.getByRole('button', { name: 'Außensicht beginnen' }).waitFor();
  if (shots) await shots.shot(page, 'outside-intro');
  await page.getByRole('button', { name: 'Außensicht beginnen' }).click();
  if (shots) {
    await page.getByRole('heading', { level: 2 }).waitFor();
    await shots.shot(page, 'outside-question');
  }
  await answer(page, persona, true);
  await page.getByRole('radio', { name: role }).check();
  if (shots) await shots.shot(page, 'outside-done');
  const code = await page.locator('.outside-code .short-code code').innerText();
  await page.close();
  return code;
}

(async () => {
  const browser = await screenshotBrowser(out);
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const viewport = { viewport: { width, height: 900 }, colorScheme: scheme };
      const context = await browser.newContext(viewport);
      const page = await context.newPage();
      const shot = (p, name) => p.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
      await page.goto(`${base}/`);
      await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
      await answer(page, (item) => (item.id.startsWith('conc') ? 'mid' : 'partner'), false);
      await page.getByLabel('Ihr Vorname oder Kürzel').fill('Anna');
      await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
      const invite = await page.getByLabel(/^Einladungslink/).inputValue();
      await page.locator('.outside').screenshot({ path: `${out}/outside-section-${width}-${scheme}.png` });
      const other = await browser.newContext(viewport);
      const first = await outsideCode(other, invite, (item) => (item.id.startsWith('lead') ? 'brieftraeger' : item.id.startsWith('serv') ? 'mid' : 'partner'), 'Führungskraft',
        { viewport, shot });
      await page.getByLabel('Code, den Ihnen die eingeladene Person geschickt hat').fill(first);
      await page.getByRole('button', { name: 'Vergleichen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Selbstbild und Außensicht' }).waitFor();
      await shot(page, 'comparison');
      const second = await outsideCode(other, invite, (item) => (item.id.startsWith('lead') ? 'mid' : item.id.startsWith('conc') ? 'partner' : 'mid'), 'Kundin oder Kunde');
      await page.getByLabel('Weitere Außensicht hinzufügen').fill(second);
      await page.getByRole('button', { name: 'Vergleichen' }).click();
      await page.locator('.comparison .spectrum .spread').waitFor();
      await shot(page, 'comparison-two');
      if (width === 1280 && scheme === 'light') {
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: `${out}/comparison-print.pdf`, format: 'A4' });
      }
      await other.close();
      await context.close();
    }
  }
  await browser.close();
})();
