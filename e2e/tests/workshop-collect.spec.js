// Issue 18: the facilitator collects results from any text and from files, each once, sees
// where each came from, and the group picture only from three results on; the projector view
// shows it large and follows new results.
const { test, expect } = require('./fixtures');
const { variantItems, collect, resultLinks, expectNoAxeViolations, atQuestion } = require('./helpers');

test.describe.configure({ timeout: 120_000 });

/** Four participants' result links: quick checks answered with four different patterns. */
let links = [];
test.beforeAll(async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const page = await context.newPage();
  links = await resultLinks(page, ['1', '2', '4', '5']);
  await context.close();
});

const count = (page) => page.locator('.workshop > .result-count');
const entries = (page) => page.getByRole('region', { name: 'Eingesammelte Ergebnisse' }).getByRole('listitem');

/** Drops files named and filled as given onto the workshop view, all at once. */
async function dropFiles(page, files) {
  await page.locator('.workshop').evaluate((el, list) => {
    const data = new DataTransfer();
    for (const [name, text] of list) data.items.add(new File([text], name, { type: 'text/plain' }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

test('a chat transcript with four links among other text gives four results', async ({ page }) => {
  await page.goto('/more.html#workshop');
  const chat = [
    `[09:14] Anna: Hier mein Ergebnis: ${links[0]}.`,
    `[09:15] Ben: <${links[1]}> (hat gedauert!)`,
    `[09:15] Cem: ${links[2]}, und Dana schickt: „${links[3]}“`,
    '[09:16] Anna: Kundenbeziehungsmanagementverantwortlichkeit ist ein langes Wort, kein Code.',
  ].join('\n');
  await collect(page, chat);
  await expect(count(page)).toHaveText('4 Ergebnisse · 4 neue Ergebnisse');
  await expect(entries(page)).toHaveText([/^Nr\. 1 · eingefügt/, /^Nr\. 2 · eingefügt/, /^Nr\. 3 · eingefügt/, /^Nr\. 4 · eingefügt/]);
  // The same chat again: every result is known already.
  await collect(page, chat);
  await expect(count(page)).toHaveText('4 Ergebnisse · 4 schon erfasst');
  // One entry removed on its own.
  await entries(page).nth(1).getByRole('button', { name: 'Nr. 2 · eingefügt entfernen' }).click();
  await expect(count(page)).toContainText('3 Ergebnisse');
  await expect(entries(page)).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('result files dropped at once, and the group picture only from three results on', async ({ page }) => {
  await page.goto('/more.html#workshop');
  await dropFiles(page, [['anna.txt', `Selbstcheck-Ergebnis\n${links[0]}\n`], ['ben.txt', `Ergebnis: ${links[1]}`]]);
  // Both files are told together: two new results, not the last file's one.
  await expect(count(page)).toHaveText('2 Ergebnisse · 2 neue Ergebnisse');
  await expect(entries(page)).toHaveText([/^Nr\. 1 · aus Datei/, /^Nr\. 2 · aus Datei/]);
  // Two results: no picture, no CSV; the count and why.
  await expect(page.getByText('Das Gruppenbild erscheint ab 3 Ergebnissen, damit niemand einzeln erkennbar ist. Bisher: 2.')).toBeVisible();
  await expect(page.locator('.workshop .spectrum, .workshop .dimension-chart')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'CSV herunterladen' })).toBeDisabled();
  // The file picker works alike.
  await page.getByLabel('Ergebnisdateien wählen').setInputFiles([{ name: 'cem.txt', mimeType: 'text/plain', buffer: Buffer.from(links[2]) }]);
  await expect(count(page)).toHaveText(/^3 Ergebnisse/);
  await expect(page.getByRole('heading', { level: 2, name: 'Die Gruppe auf dem Spektrum' })).toBeVisible();
  await expect(page.locator('.workshop .spectrum .marker')).toHaveCount(3);
  // Unnamed: a number in the order results came in would tell the room whose marker it is.
  await expect(page.locator('.workshop .spectrum .marker text')).toHaveText(['', '', '']);
  await expect(page.getByRole('button', { name: 'CSV herunterladen' })).toBeEnabled();
  // A facilitator may set another minimum.
  await page.goto('/more.html?min-group=5#workshop');
  await expect(page.getByText('Das Gruppenbild erscheint ab 5 Ergebnissen, damit niemand einzeln erkennbar ist. Bisher: 3.')).toBeVisible();
});

test('the projector view shows the group large and follows new results', async ({ page }) => {
  await page.goto('/more.html#workshop');
  await page.getByLabel('Name der Sitzung (für die Projektor-Ansicht)').fill('Vertrieb-Nord');
  await collect(page, links.slice(0, 3).join(' '));
  await page.getByRole('button', { name: 'Projektor-Ansicht' }).click();
  const projector = page.getByRole('dialog', { name: 'Workshop-Auswertung' });
  await expect(projector).toBeVisible();
  await expect(projector.getByText('Vertrieb-Nord')).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(projector.locator('.result-count')).toHaveText('3 Ergebnisse');
  await expect(projector.locator('.spectrum .marker')).toHaveCount(3);
  // A participant's file arrives while the projector shows: it follows.
  await dropFiles(page, [['dana.txt', links[3]]]);
  await expect(projector.locator('.result-count')).toHaveText('4 Ergebnisse');
  await expect(projector.locator('.spectrum .marker')).toHaveCount(4);
  await projector.getByRole('button', { name: 'Projektor-Ansicht schließen' }).click();
  await expect(projector).toHaveCount(0);
  // Esc closes it too, and the focus is back on the button that opened it.
  const open = page.getByRole('button', { name: 'Projektor-Ansicht' });
  await open.click();
  await expect(projector).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(projector).toHaveCount(0);
  await expect(open).toBeFocused();
  // Also after a click on the picture and a few Tabs (from a newcomer's review, Esc then did
  // nothing): the focus stays in the view, and Esc closes it.
  await open.click();
  await projector.locator('.spectrum').click();
  for (let n = 0; n < 3; n++) await page.keyboard.press('Tab');
  await expect(projector.getByRole('button', { name: 'Projektor-Ansicht schließen' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(projector).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('a participant of a session saves the result as a file, and the facilitator drops it in', async ({ page }) => {
  await page.goto('/?intro=0&variant=quick#join=Vertrieb-Nord');
  for (let n = 0; n < variantItems('quick').length; n++) {
    await atQuestion(page, n);
    await page.keyboard.press(variantItems('quick')[n].kind === 'likert' ? '4' : 'B');
    await page.keyboard.press('Enter');
  }
  // The screen says how to hand the result in.
  await expect(page.getByText(/Halten Sie diesen QR-Code in die Kamera der Moderation, oder speichern Sie es als Datei/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Als Datei speichern' }).click()]);
  const text = require('fs').readFileSync(await download.path(), 'utf8');
  expect(text).toContain(await page.getByLabel('Ergebnislink', { exact: true }).inputValue());
  await page.goto('/more.html#workshop');
  await dropFiles(page, [[download.suggestedFilename(), text]]);
  await expect(count(page)).toHaveText('1 Ergebnis · 1 neues Ergebnis');
  await expect(entries(page)).toHaveText([/^Nr\. 1 · aus Datei/]);
});
