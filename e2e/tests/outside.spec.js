// The outside view: a seller invites someone, who answers about them in a second browser and
// sends back a code; the seller's comparison shows both markers and names the largest gap.
const { test, expect } = require('./fixtures');
const { questionnaire, variantItems, pick, optionLabel, answerByMouse, inviteSomeone, expectNoAxeViolations, collect, openInvitation } = require('./helpers');

test.describe.configure({ timeout: 120_000 });

const dimensionName = (id) => questionnaire.dimensions.find((d) => d.id === id).name.de;
const feeds = (item, dim) => item.kind === 'likert' ? item.dimension === dim : item.options.some((o) => dim in o.weights);

/** The outside person answers every quick item in outside wording: partner, except Briefträger on `low`. */
async function answerAbout(page, low) {
  for (const item of variantItems('quick')) {
    await expect(page.getByRole('heading', { level: 2, name: item.outside_text.de })).toBeVisible();
    const persona = feeds(item, low) ? 'brieftraeger' : 'partner';
    await page.getByRole('radio', { name: optionLabel(item, pick(item, persona), 'de'), exact: true }).click();
  }
}

test('invite, answer in a second browser, return the code, compare', async ({ page, browser }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'partner');
  const ownLink = await page.getByLabel('Ergebnislink', { exact: true }).inputValue();

  // The invitation (on the second page, with the comparison): the seller's name only.
  await openInvitation(page);
  expect(new URL(page.url()).pathname).toBe('/more.html');
  await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Bitte geben Sie einen Namen ein' })).toBeVisible();
  await page.getByLabel('Ihr Vorname oder Kürzel').fill('Anna');
  await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
  const invite = await page.getByLabel(/^Einladungslink/).inputValue();
  expect(invite).toMatch(/#invite=[A-Za-z0-9_-]+$/);
  const inviteCode = invite.split('#invite=')[1];
  // Format, variant, questionnaire, version, "Anna", checksum: 10 bytes, 14 characters. No answers.
  expect(Buffer.from(inviteCode, 'base64url').length).toBe(4 + 'Anna'.length + 2);
  expect(Buffer.from(inviteCode, 'base64url').subarray(4, 8).toString()).toBe('Anna');
  expect(invite).not.toContain(ownLink.split('#r=')[1]);
  // Links name the first page; it hands the invitation to the second.
  expect(invite).not.toContain('more.html');

  // Someone else, in another browser.
  const other = await browser.newContext();
  const them = await other.newPage();
  them.on('pageerror', (e) => errors.push(e.message));
  await them.goto(invite);
  await expect(them.getByRole('heading', { level: 1, name: 'Ihre Außensicht auf Anna' })).toBeVisible();
  expect(new URL(them.url()).pathname).toBe('/more.html');
  await expectNoAxeViolations(them);
  await them.getByRole('button', { name: 'Außensicht beginnen' }).click();
  await expect(them.getByRole('heading', { level: 2 })).toContainText(/Die Person/);
  await expectNoAxeViolations(them);
  await answerAbout(them, 'leadership');
  await expect(them.getByRole('heading', { level: 1, name: 'Danke für Ihre Außensicht' })).toBeVisible();
  // No result about Anna on this side.
  await expect(them.locator('.stage-card, .dimension-chart')).toHaveCount(0);
  await them.getByRole('radio', { name: 'Führungskraft' }).check();
  const code = await them.locator('.outside-code .short-code code').innerText();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  await expectNoAxeViolations(them);
  // Their own check is untouched by answering about Anna.
  await them.goto(them.url().split('#')[0]);
  await expect(them.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  await expect(them.getByRole('heading', { name: 'Sie haben einen Check begonnen' })).toHaveCount(0);
  await other.close();

  // Back with the seller: an own code is refused, the outside code compared.
  await page.getByLabel('Code, den Ihnen die eingeladene Person geschickt hat').fill(ownLink);
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'keine Außensicht' })).toBeVisible();
  await page.getByLabel('Code, den Ihnen die eingeladene Person geschickt hat').fill(code);
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Selbstbild und Außensicht' })).toBeFocused();
  await expect(page.locator('.comparison .spectrum .marker')).toHaveCount(2);
  await expect(page.locator('.comparison .spectrum .marker text')).toHaveText(['Selbst', 'Außen']);
  await expect(page.locator('.compare-roles')).toContainText('Führungskraft');
  const lead = dimensionName('leadership');
  const gaps = page.locator('.gaps .gap h3');
  await expect(gaps.first()).toHaveText(`${lead}: Selbstbild 100, Außensicht 0 (−100 Punkte)`);
  await expect(gaps).toHaveCount(1);
  await expect(page.locator('.gaps .gap p').first()).toHaveText(questionnaire.dimensions[0].gap.self_higher.de);
  await expectNoAxeViolations(page);

  // One A4 page in print.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // The comparison link opens the same comparison anywhere, e.g. for a coach.
  const compareLink = await page.getByLabel(/^Link zu diesem Vergleich/).inputValue();
  const coach = await browser.newContext();
  const c = await coach.newPage();
  await c.goto(compareLink);
  await expect(c.locator('.gaps .gap h3').first()).toHaveText(`${lead}: Selbstbild 100, Außensicht 0 (−100 Punkte)`);
  await coach.close();

  // The comparison lives on the second page, which opens on it again after a reload.
  expect(new URL(page.url()).pathname).toBe('/more.html');
  expect(new URL(page.url()).hash).toBe('#comparison');
  await page.reload();
  await expect(page.locator('.gaps .gap h3').first()).toContainText(lead);
  // Kept: the first page's result offers the comparison again.
  await page.goto('/');
  await page.getByRole('button', { name: 'Weitermachen' }).click();
  await page.getByRole('button', { name: 'Vergleich ansehen (1)' }).click();
  await expect(page.locator('.gaps .gap h3').first()).toContainText(lead);
  expect(errors).toEqual([]);
});

test('without storage the comparison still opens on the second page: everything travels in the link', async ({ page, browser }) => {
  await page.addInitScript(() => {
    const deny = () => { throw new DOMException('denied', 'SecurityError'); };
    for (const m of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) Storage.prototype[m] = deny;
    Object.defineProperty(window, 'localStorage', { get: deny, configurable: true });
  });
  const { them, other } = await inviteSomeone(page, browser);
  await answerAbout(them, 'leadership');
  const code = await them.locator('.outside-code .short-code code').innerText();
  await other.close();

  await page.getByLabel('Code, den Ihnen die eingeladene Person geschickt hat').fill(code);
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(page).toHaveURL(/\/more\.html#compare=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  await expect(page.locator('.gaps .gap h3').first()).toHaveText(`${dimensionName('leadership')}: Selbstbild 100, Außensicht 0 (−100 Punkte)`);
});

test('a coach pastes pairs of codes in the workshop view', async ({ page }) => {
  // Codes made in the app itself: a seller's own result and an outside view of them.
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'partner');
  const own = await page.locator('.share .short-code code').innerText();
  await openInvitation(page);
  await page.getByLabel('Ihr Vorname oder Kürzel').fill('Ben');
  await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
  const invite = await page.getByLabel(/^Einladungslink/).inputValue();
  await page.goto(invite);
  await page.getByRole('button', { name: 'Außensicht beginnen' }).click();
  await answerAbout(page, 'concessions');
  const outside = await page.locator('.outside-code .short-code code').innerText();

  await page.goto('/#workshop');
  await collect(page, [outside, own, outside].join('\n'));
  // The first outside view has nobody before it: not taken; after the seller's own, it is.
  const entries = page.getByRole('region', { name: 'Eingesammelte Ergebnisse' }).getByRole('listitem');
  await expect(entries).toHaveText([/^Nr\. 1 · eingefügt/, /^Außensicht · eingefügt/]);
  await expect(page.locator('.workshop > .result-count')).toHaveText('1 Ergebnis · 2 neue Ergebnisse · 1 nicht lesbar');
  const pair = page.locator('.pairs li');
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText(`größte Abweichung: ${dimensionName('concessions')} (−100)`);
  await pair.getByRole('link', { name: 'Vergleich öffnen' }).click();
  await expect(page.locator('.gaps .gap h3').first()).toContainText(dimensionName('concessions'));
});

test('a broken invitation link is explained, not a crash', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/#invite=AAAA');
  await expect(page.getByRole('alert')).toContainText('Dieser Einladungslink lässt sich nicht lesen');
  await page.goto('/#compare=nonsense');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Dieser Vergleich lässt sich nicht lesen');
  expect(errors).toEqual([]);
});

test('in the embed and in English: invite without embed parameters, compare inside the widget', async ({ page, browser }) => {
  await page.goto('/?embed=1&intro=0&variant=quick&lang=en');
  await answerByMouse(page, 'quick', 'partner', 'en');
  await openInvitation(page, 'en');
  await page.getByLabel('Your first name or initials').fill('Chris');
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const invite = await page.getByLabel(/^Invitation link/).inputValue();
  expect(invite).not.toContain('embed=');
  expect(invite).toContain('lang=en');

  const other = await browser.newContext();
  const them = await other.newPage();
  await them.goto(invite);
  await expect(them.getByRole('heading', { level: 1, name: 'Your outside view of Chris' })).toBeVisible();
  await them.getByRole('button', { name: 'Start the outside view' }).click();
  for (const item of variantItems('quick')) {
    await expect(them.getByRole('heading', { level: 2, name: item.outside_text.en })).toBeVisible();
    await them.getByRole('radio', { name: optionLabel(item, pick(item, 'partner'), 'en'), exact: true }).click();
  }
  await expect(them.getByRole('heading', { level: 1, name: 'Thank you for your outside view' })).toBeVisible();
  const code = await them.locator('.outside-code .short-code code').innerText();
  await other.close();

  await page.getByLabel('Code the person you invited sent you').fill(code);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Self-image and outside view' })).toBeVisible();
  await expect(page.locator('.compare-summary')).toHaveText('Position on the spectrum: self-image 100, outside view 100.');
  await expect(page.locator('.gaps p')).toContainText('close on every dimension (at most 0 points apart)');
  await expect(page.locator('main')).toHaveCount(0);
  // Embedded, the widget has no landmarks of its own (the host page's surround it), so axe's
  // landmark rules ("region", "landmark-one-main") do not apply to the frame alone; every other rule does.
  const AxeBuilder = require('@axe-core/playwright').default;
  const results = await new AxeBuilder({ page }).disableRules(['region', 'landmark-one-main']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
