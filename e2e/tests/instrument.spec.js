// The instrument, version 2 (issue 15), as a visitor meets it: both poles reachable, "did not
// occur" and "can't judge" by keyboard and mouse, comparisons on what both sides judged, the
// hard seller's own text, and links made with version 1.
const { test, expect } = require('./fixtures');
const { questionnaire, variantItems, pick, optionLabel, optionKey, answerByMouse, inviteSomeone, expectNoAxeViolations } = require('./helpers');

test.describe.configure({ timeout: 120_000 });

const stageName = (i, lang = 'de') => questionnaire.stages[i].name[lang];

test('a full check by keyboard at the partner pole reaches 100 and stage 5', async ({ page }) => {
  await page.goto('/?intro=0&variant=full');
  for (const item of variantItems('full')) {
    await expect(page.getByRole('heading', { level: 2, name: item.text.de })).toBeFocused();
    await page.keyboard.press(optionKey(item, pick(item, 'partner')));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeFocused();
  await expect(page.locator('.stage-meta')).toHaveText('Stufe 5 / 5 · Position auf dem Spektrum 100');
  await expect(page.getByRole('heading', { level: 2, name: stageName(4) })).toBeVisible();
  // Every dimension at the top, named once as tied strengths; one next step.
  const scores = await page.locator('.dimension-chart figcaption li').allInnerTexts();
  expect(scores).toHaveLength(6);
  for (const s of scores) expect(s).toMatch(/100$/);
  await expect(page.locator('.strengths li')).toHaveCount(1);
  await expect(page.locator('.strengths li')).toContainText('gleichauf');
  await expect(page.getByText('Nächster Schritt:')).toHaveCount(1);
});

test('the hard seller is held below stage 4, told why, and gets the pattern\'s text', async ({ page }) => {
  const firm = ['leadership', 'concessions', 'services', 'role'];
  await page.goto('/?intro=0&variant=quick');
  for (const item of variantItems('quick')) {
    await expect(page.getByRole('heading', { level: 2, name: item.text.de })).toBeFocused();
    const partner = firm.includes(item.dimension);
    await page.keyboard.press(optionKey(item, pick(item, partner ? 'partner' : 'brieftraeger')));
    await page.keyboard.press('Enter');
  }
  const hard = questionnaire.patterns.find((p) => p.id === 'hard-seller');
  await expect(page.locator('.stage-meta')).toHaveText('Stufe 3 / 5 · Position auf dem Spektrum 59');
  await expect(page.locator('.stage-card')).toContainText(`setzt mindestens 50 Punkte in „${questionnaire.dimensions[3].name.de}“ voraus`);
  await expect(page.getByRole('heading', { level: 3, name: hard.name.de })).toBeVisible();
  await expect(page.locator('.stage-card')).toContainText(`Nächster Schritt: ${hard.step.de}`);
  await expect(page.locator('.stage-card')).not.toContainText(questionnaire.stages[2].step.de);
  await expectNoAxeViolations(page);
});

test('"did not occur" by keyboard and by mouse: a radio of the question, kept, not skipped', async ({ page }) => {
  await page.goto('/?intro=0&variant=full');
  const items = variantItems('full');
  const offered = items.filter((i) => i.not_applicable);
  expect(offered.length).toBeGreaterThanOrEqual(2);
  let byKey = true;
  for (const item of items) {
    const question = page.getByRole('group', { name: item.text.de });
    await expect(page.getByRole('heading', { level: 2, name: item.text.de })).toBeFocused();
    const na = question.getByRole('radio', { name: 'Kam nicht vor' });
    if (!item.not_applicable) {
      // Offered only where the item presupposes a situation; 0 does nothing elsewhere.
      await expect(na).toHaveCount(0);
      await page.keyboard.press(optionKey(item, pick(item, 'partner')));
      await page.keyboard.press('Enter');
      continue;
    }
    if (byKey) {
      if (item === offered[0]) await expectNoAxeViolations(page);
      await page.keyboard.press('0');
      await expect(na).toBeChecked();
      await page.keyboard.press('Enter');
    } else {
      // A pointer click selects and goes on by itself.
      await na.click();
    }
    byKey = !byKey;
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeFocused();
  // Not counted as skipped, and the partner answers elsewhere still reach the top.
  await expect(page.locator('main')).not.toContainText('unbeantwortet');
  await expect(page.locator('.stage-meta')).toContainText('Stufe 5 / 5');
  // Back on the last such item, the answer is still "did not occur".
  const last = [...items].reverse().findIndex((i) => i.not_applicable);
  await page.getByRole('button', { name: '← Zurück' }).click();
  for (let k = 0; k < last; k++) await page.keyboard.press('ArrowLeft');
  const item = items[items.length - 1 - last];
  await expect(page.getByRole('heading', { level: 2, name: item.text.de })).toBeFocused();
  await expect(page.getByRole('group', { name: item.text.de }).getByRole('radio', { name: 'Kam nicht vor' })).toBeChecked();
});

test('"can\'t judge" by keyboard and mouse in the outside view; the comparison counts only what both judged', async ({ page, browser }) => {
  const { them, other } = await inviteSomeone(page, browser);
  const items = variantItems('quick');
  for (const [n, item] of items.entries()) {
    await expect(them.getByRole('heading', { level: 2, name: item.outside_text.de })).toBeFocused();
    const cant = them.getByRole('group', { name: item.outside_text.de }).getByRole('radio', { name: 'Kann ich nicht beurteilen' });
    await expect(cant).toHaveCount(1);
    if (n === 0) {
      await them.keyboard.press('0');
      await expect(cant).toBeChecked();
      await them.keyboard.press('Enter');
    } else if (n === 1) {
      await cant.click();
    } else {
      await them.getByRole('radio', { name: optionLabel(item, pick(item, 'partner'), 'de'), exact: true }).click();
    }
  }
  await expect(them.getByRole('heading', { level: 1, name: 'Danke für Ihre Außensicht' })).toBeVisible();
  await them.getByRole('radio', { name: 'Kollegin oder Kollege' }).check();
  const code = await them.locator('.outside-code .short-code code').innerText();
  await other.close();

  await page.getByLabel('Code, den Ihnen die eingeladene Person geschickt hat').fill(code);
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Selbstbild und Außensicht' })).toBeFocused();
  await expect(page.locator('.compare-judged')).toHaveText(
    `Verglichen werden ${items.length - 2} von ${items.length} Fragen: nur die, die beide Seiten beantwortet und beurteilen konnten.`);
  // Both at the partner pole on what both judged: no gap.
  await expect(page.locator('.gaps .gap')).toHaveCount(0);
});

/** base64url without padding, as the share links use it. */
const b64 = {
  decode: (s) => Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64'),
  encode: (b) => Buffer.from(b).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
};

/** CRC-16/CCITT-FALSE, written here independently of the app. */
function crc16(bytes) {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

test('a result link made with version 1 says the questionnaire was updated and offers a new check', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'partner');
  const link = await page.getByLabel('Ergebnislink', { exact: true }).inputValue();
  // The same answers as version 1 wrote them: byte 3 is the questionnaire version.
  const bytes = [...b64.decode(link.split('#r=')[1])];
  expect(bytes[3]).toBe(2);
  bytes[3] = 1;
  const crc = crc16(bytes.slice(0, -2));
  bytes.splice(-2, 2, crc >> 8, crc & 0xff);
  const old = link.replace(/#r=.*/, `#r=${b64.encode(bytes)}`);

  const ctx = await browser.newContext();
  const fresh = await ctx.newPage();
  await fresh.goto(old);
  const alert = fresh.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('Dieser Ergebnislink lässt sich nicht lesen');
  await expect(alert).toContainText('früheren Fassung des Fragebogens (Fassung 1)');
  await expect(alert).toContainText('seitdem überarbeitet (jetzt Fassung 2)');
  // No stage, no scores from old answers.
  await expect(fresh.locator('.stage-card, .dimension-chart')).toHaveCount(0);
  await alert.getByRole('link', { name: 'Eigenen Check starten' }).click();
  await expect(fresh.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  // English says the same.
  await fresh.goto(old.replace('#r=', '?lang=en#r='));
  await expect(fresh.getByRole('alert')).toContainText('earlier edition of the questionnaire (version 1)');
  await ctx.close();
});

test('the keying rationales stay in the repository: the shipped questionnaire has none', async ({ page }) => {
  expect(JSON.stringify(questionnaire)).toContain('"rationale"');
  const shipped = await (await page.request.get('/default.json')).text();
  expect(shipped).not.toContain('rationale');
  // Nothing else lost: the same scenarios and options.
  const q = JSON.parse(shipped);
  expect(q.items.map((i) => (i.options || []).length)).toEqual(questionnaire.items.map((i) => (i.options || []).length));
});
