// The questionnaire studio (issue 20): a consultancy adapts the check in the browser.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect } = require('./fixtures');

// The downloaded file is served to the check by page.route, which a service worker would bypass.
test.use({ serviceWorkers: 'block' });

const ROOT = path.join(__dirname, '..', '..');
const ORIGINAL = fs.readFileSync(path.join(ROOT, 'content', 'default.json'), 'utf8');

async function openBuiltIn(page) {
  await page.goto('/studio.html');
  await page.getByRole('button', { name: 'Eingebauten Fragebogen öffnen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Keine Probleme' })).toBeVisible();
}

async function download(page) {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON herunterladen' }).click();
  const d = await file;
  return { name: d.suggestedFilename(), path: await d.path(), text: fs.readFileSync(await d.path(), 'utf8') };
}

const section = (page, name) => page.getByRole('navigation', { name: 'Teile der Datei' }).getByRole('button', { name });
const problems = (page) => page.getByRole('region', { name: 'Probleme' });
const preview = (page) => page.getByRole('complementary', { name: 'Vorschau' });
const personaRows = (page) => preview(page).getByRole('table', { name: 'Antwortmuster auf dem Spektrum' }).getByRole('row');

test('the built-in questionnaire downloads unchanged when nothing was edited', async ({ page }) => {
  await openBuiltIn(page);
  const file = await download(page);
  expect(file.name).toBe('default.json');
  expect(JSON.parse(file.text)).toEqual(JSON.parse(ORIGINAL));
  // Byte for byte too: key order, indentation and the escapes of invisible characters.
  expect(file.text).toBe(ORIGINAL);
});

test('edit, break, fix, download: the file validates and the check runs it', async ({ page }) => {
  test.setTimeout(180_000);
  await openBuiltIn(page);
  await section(page, 'Fragen').click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Aussage lead-next-step' })).toBeVisible();

  // An item's text: the preview shows it as the check does.
  const statement = main.getByRole('group', { name: 'Aussage', exact: true });
  const ownText = 'Ich schließe jedes Kundengespräch mit einer klaren Vereinbarung ab.';
  await statement.getByRole('textbox', { name: 'Aussage (de)' }).fill(ownText);
  await expect(preview(page).getByRole('heading', { level: 2, name: ownText })).toBeVisible();
  await preview(page).getByRole('button', { name: 'en', exact: true }).click();
  await expect(preview(page).getByRole('heading', { level: 2, name: /^I end customer conversations/ })).toBeVisible();

  // A scenario weight: the personas move.
  const before = await personaRows(page).allInnerTexts();
  await main.getByRole('button', { name: /sc-price-threat/ }).click();
  const optionA = main.getByRole('group', { name: 'Option A', exact: true });
  const weight = optionA.getByRole('spinbutton', { name: 'Zugeständnis-Disziplin' });
  const sc = JSON.parse(ORIGINAL).items.find((i) => i.id === 'sc-price-threat');
  await expect(weight).toHaveValue(String(sc.options[0].weights.concessions));
  await weight.fill('2');
  await expect.poll(() => personaRows(page).allInnerTexts()).not.toEqual(before);
  await expect(preview(page).getByRole('heading', { level: 2, name: /größter Kunde|biggest customer|Was tun|What do/ }).or(
    preview(page).getByText(/Wettbewerber 8|competitor is offering 8/))).toBeVisible();

  // Three errors, each listed with its path.
  await main.getByRole('button', { name: /lead-next-step/ }).click();
  await main.getByRole('combobox', { name: 'Dimension' }).fill('leadrship');
  await statement.getByRole('textbox', { name: 'Aussage (en)' }).fill('');
  await section(page, 'Stufen').click();
  await main.getByRole('region', { name: 'lieferant' }).getByRole('spinbutton', { name: 'Von (0–100)' }).fill('25');
  const list = problems(page);
  for (const [where, says] of [
    ['items[0].dimension', 'leadrship'],
    ['items[0].text.en', 'en'],
    ['stages[1].from', '20'],
  ]) {
    await expect(list.getByRole('button', { name: new RegExp(`^${where.replace(/[[\].]/g, '\\$&')}\\b.*${says}`) })).toBeVisible();
  }
  await expect(preview(page).getByText('Die Vorschau zeigt den letzten Stand ohne Probleme.')).toBeVisible();

  // Fixed from the list: each press shows its field with the focus in it.
  await list.getByRole('button', { name: /^stages\[1\]\.from/ }).click();
  const from = main.getByRole('region', { name: 'lieferant' }).getByRole('spinbutton', { name: 'Von (0–100)' });
  await expect(from).toBeFocused();
  await from.fill('20');
  await list.getByRole('button', { name: /^items\[0\]\.dimension/ }).click();
  await expect(main.getByRole('combobox', { name: 'Dimension' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('leadership');
  await list.getByRole('button', { name: /^items\[0\]\.text\.en/ }).click();
  const en = main.getByRole('group', { name: 'Aussage', exact: true }).getByRole('textbox', { name: 'Aussage (en)' });
  await expect(en).toBeFocused();
  await page.keyboard.type('I close every customer conversation with a clear agreement.');
  await expect(list.getByRole('status')).toHaveText('Keine Probleme: Die Datei ist gültig.');

  // Items changed: the version is raised as suggested.
  await section(page, 'Allgemein').click();
  await page.getByRole('button', { name: 'Version erhöhen auf 3' }).click();
  await expect(main.getByRole('spinbutton', { name: 'Version' })).toHaveValue('3');

  // The download passes the command-line validator and runs in the check.
  const file = await download(page);
  const saved = JSON.parse(file.text);
  expect(saved.version).toBe(3);
  expect(saved.items[0].text.de).toBe(ownText);
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'validate', '--', file.path], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toMatch(/^OK /);
  await page.route('**/studio-made.json', (r) => r.fulfill({ contentType: 'application/json', body: file.text }));
  await page.goto('/?questionnaire=studio-made.json');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await expect(page.getByRole('heading', { level: 2, name: ownText })).toBeVisible();
});

test('a draft survives a reload; a file that is no questionnaire is refused with the reason', async ({ page }) => {
  await openBuiltIn(page);
  await section(page, 'Fragen').click();
  await page.getByRole('main').getByRole('textbox', { name: 'Aussage (de)' }).first().fill('Entwurfstext bleibt.');
  await page.reload();
  await page.getByRole('button', { name: /^Letzten Entwurf öffnen/ }).click();
  await section(page, 'Fragen').click();
  await expect(page.getByRole('main').getByRole('textbox', { name: 'Aussage (de)' }).first()).toHaveValue('Entwurfstext bleibt.');

  // Opening something else asks first: the kept draft would be replaced.
  await page.getByRole('button', { name: 'Andere Datei öffnen' }).click();
  const asked = [];
  page.once('dialog', (d) => { asked.push(d.message()); d.dismiss(); });
  await page.getByRole('button', { name: 'Eingebauten Fragebogen öffnen' }).click();
  await expect.poll(() => asked).toEqual([expect.stringContaining('zuletzt bearbeiteter Entwurf wird dabei ersetzt')]);
  await expect(page.getByRole('button', { name: /^Letzten Entwurf öffnen/ })).toBeVisible();
  page.on('dialog', (d) => d.accept());
  await page.getByLabel('Datei wählen …').setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x",') });
  await expect(page.getByRole('alert')).toContainText('Kein gültiges JSON');
  const small = JSON.parse(ORIGINAL);
  small.id = 'kunde-check';
  await page.getByLabel('Datei wählen …').setInputFiles({ name: 'kunde.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
  await expect(page.getByText('kunde.json')).toBeVisible();
  await expect(page.getByRole('main').getByRole('textbox', { name: 'Kennung' })).toHaveValue('kunde-check');
  expect((await download(page)).name).toBe('kunde.json');
});

test('languages: a new one is counted as missing everywhere, then removed', async ({ page }) => {
  await openBuiltIn(page);
  await section(page, 'Sprachen').click();
  await page.getByRole('textbox', { name: 'Sprachcode (z. B. fr)' }).fill('fr');
  await page.getByRole('button', { name: 'Sprache hinzufügen' }).click();
  const table = page.getByRole('table', { name: 'Fehlende Texte je Sprache' });
  const fr = table.getByRole('row', { name: /^fr/ });
  await expect(fr).toBeVisible();
  const missing = Number(await fr.getByRole('cell').first().innerText());
  expect(missing).toBeGreaterThan(200);
  await expect(table.getByRole('row', { name: /^de/ }).getByRole('cell').first()).toHaveText('0');
  await fr.getByRole('button', { name: 'Sprache entfernen fr' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Keine Probleme' })).toBeVisible();
  // A code that is no code, or one the file has, is refused with the reason.
  await page.getByRole('textbox', { name: 'Sprachcode (z. B. fr)' }).fill('de');
  await page.getByRole('button', { name: 'Sprache hinzufügen' }).click();
  await expect(page.getByRole('alert')).toContainText('„de“ lässt sich nicht hinzufügen');
  // Removing a language takes its texts with it; one press on Undo brings them back.
  await table.getByRole('row', { name: /^en/ }).getByRole('button', { name: 'Sprache entfernen en' }).click();
  await expect(table.getByRole('row', { name: /^en/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(table.getByRole('row', { name: /^en/ }).getByRole('cell').first()).toHaveText('0');
  await expect(page.getByRole('status').filter({ hasText: 'Keine Probleme' })).toBeVisible();
});

test('removing an item leaves the focus on what takes its place; Undo brings it back', async ({ page }) => {
  await openBuiltIn(page);
  await section(page, 'Fragen').click();
  const main = page.getByRole('main');
  const ids = JSON.parse(ORIGINAL).items.map((i) => i.id);
  const listed = (id) => main.getByRole('navigation', { name: 'Fragen der Datei' }).getByRole('button', { name: new RegExp(` ${id}$`) });
  await listed(ids[1]).click();
  await main.getByRole('button', { name: `Entfernen ${ids[1]}` }).press('Enter');
  // Not the next item's remove button: a second Enter must not remove another item.
  await expect(main.getByRole('region', { name: new RegExp(`${ids[2]}$`) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(listed(ids[1])).toHaveCount(0);
  await expect(listed(ids[2])).toHaveCount(1);
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(listed(ids[1])).toHaveCount(1);
  // A new statement is shown with the focus on it, every switch off.
  await main.getByRole('button', { name: 'Neue Aussage' }).click();
  const fresh = main.getByRole('region', { name: 'Aussage likert-1' });
  await expect(fresh).toBeFocused();
  await expect(fresh.getByRole('checkbox', { name: /^Umgepolt/ })).not.toBeChecked();
});

test('renaming a dimension or an item carries through to what names it', async ({ page }) => {
  await openBuiltIn(page);
  await section(page, 'Dimensionen').click();
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Kennung' }).fill('lead');
  // While the field has the focus, the items still name the old id; leaving it renames them.
  await expect(problems(page).getByRole('status')).not.toHaveText(/Keine Probleme/);
  await page.keyboard.press('Tab');
  await expect(problems(page).getByRole('status')).toHaveText('Keine Probleme: Die Datei ist gültig.');
  await section(page, 'Fragen').click();
  await expect(main.getByRole('combobox', { name: 'Dimension' })).toHaveValue('lead');
  await main.getByRole('textbox', { name: 'Kennung' }).fill('lead-agreed-steps');
  await page.keyboard.press('Tab');
  await expect(problems(page).getByRole('status')).toHaveText('Keine Probleme: Die Datei ist gültig.');
  const saved = JSON.parse((await download(page)).text);
  expect(saved.variants.quick[0]).toBe('lead-agreed-steps');
  expect(saved.items.find((i) => i.twin === 'lead-agreed-steps')).toBeTruthy();
  expect(saved.stages.every((st) => !st.requires || !('leadership' in st.requires))).toBe(true);
  expect(saved.dimensions[0].id).toBe('lead');
});

test('the studio in English, and axe on every section', async ({ page }) => {
  await openBuiltIn(page);
  for (const name of ['Allgemein', 'Sprachen', 'Antwortskalen', 'Dimensionen', 'Fragen', 'Varianten', 'Stufen', 'Muster']) {
    await section(page, name).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire studio' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Parts of the file' }).getByRole('button', { name: 'Items' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Dark view' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the studio is usable at 390 px for reading', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openBuiltIn(page);
  for (const name of ['Allgemein', 'Sprachen', 'Antwortskalen', 'Dimensionen', 'Fragen', 'Varianten', 'Stufen', 'Muster']) {
    await section(page, name).click();
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, name).toBeLessThanOrEqual(390);
  }
  // The languages' buttons keep their words on one line (the table scrolls instead).
  await section(page, 'Sprachen').click();
  const remove = page.getByRole('button', { name: 'Sprache entfernen en' });
  const box = await remove.boundingBox();
  expect(box.height).toBeLessThan(60);
});
