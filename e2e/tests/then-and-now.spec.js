// Issue 19: every finished check is kept in this browser; the start screen leads to the list,
// which opens, compares (then and now) and removes them; the reminder's calendar event; the call
// to action carries the result on the visitor's click.
const { test, expect } = require('./fixtures');
const { questionnaire, variantItems, answerByMouse, atQuestion, expectNoAxeViolations } = require('./helpers');

/** Each dimension's score as the result screen gives it to screen readers: { name: score }. */
async function scores(page) {
  const lines = await page.locator('.result .dimension-chart figcaption li').allInnerTexts();
  return Object.fromEntries(lines.map((l) => {
    const [, name, score] = l.match(/^(.*): (\d+) \/ 100$/);
    return [name, Number(score)];
  }));
}

/** The full check by keyboard, each answer a different one of the options in turn. */
async function answerFullMixed(page) {
  for (const [n, item] of variantItems('full').entries()) {
    await atQuestion(page, n);
    await page.keyboard.press(item.kind === 'likert' ? String(1 + ((n * 3) % 5)) : 'ABCD'[(n * 3) % item.options.length]);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible();
}

const today = () => new Date().toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });

test('two checks are kept, listed after a reload, compared then and now, removed one by one and all', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'partner');
  const quick = await scores(page);
  const quickLink = await page.getByLabel('Ergebnislink', { exact: true }).inputValue();
  await page.getByRole('button', { name: 'Neuen Check beginnen' }).click();
  await page.getByRole('link', { name: 'Vollständigen Check starten' }).click();
  await answerFullMixed(page);
  const full = await scores(page);
  expect(full).not.toEqual(quick);

  // After a reload the start screen leads to both, newest first.
  await page.reload();
  await page.goto('/');
  await page.getByRole('link', { name: 'Ihre bisherigen Ergebnisse →' }).click();
  await expect(page).toHaveURL(/\/more\.html#results$/);
  const entries = page.locator('.past-results li');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(`${today()} · Vollständiger Check · Stufe`);
  await expect(entries.nth(1)).toContainText(`${today()} · Kurzcheck · Stufe 5 · Position auf dem Spektrum 100`);
  await expectNoAxeViolations(page);
  // Opening one shows that result.
  await entries.nth(1).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geteiltes Ergebnis' })).toBeVisible();
  expect(await scores(page)).toEqual(quick);
  await page.goBack();

  // Then and now: the quick check against the newest, the full one.
  await entries.nth(1).getByRole('link', { name: 'Mit dem neuesten vergleichen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Damals und heute' })).toBeFocused();
  await expect(page.locator('.then-now .spectrum .marker text')).toHaveText(['Damals', 'Heute']);
  await expect(page.locator('.then-now .chart-legend li')).toHaveText([`Heute (${today()})`, `Damals (${today()})`]);
  const changes = await page.locator('.then-changes li').allInnerTexts();
  expect(changes).toHaveLength(questionnaire.dimensions.length);
  for (const line of changes) {
    const [, name, then, now, delta] = line.match(/^(.*): (\d+) → (\d+)(?: \(([+−]?\d+)\))?$/);
    expect(Number(then)).toBe(quick[name]);
    expect(Number(now)).toBe(full[name]);
    const d = full[name] - quick[name];
    expect(delta).toBe(d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0');
  }
  await expect(page.locator('.then-moved')).toContainText('Am meisten bewegt');
  // The earlier result (at the partner pole) named no lever: no lever sentence. (Tied levers
  // of last time, named together, are tested in tests/model_then_now.rs.)
  await expect(page.locator('.then-lever')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // One A4 page in print.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // A pasted earlier link, from the newest result's own "compare" link.
  const fullCode = new URL(await page.getByLabel('Link zu diesem Vergleich').inputValue()).hash.split('.')[1];
  await page.goto(`/more.html#then=${fullCode}`);
  await page.getByLabel('Link oder Code eines früheren Ergebnisses').fill(`${quickLink}.`);
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(page.locator('.then-changes li')).toHaveCount(questionnaire.dimensions.length);
  await expect(page.locator('.then-now .chart-legend li')).toHaveText([`Heute (${today()})`, `Damals (${today()})`]);
  // The other way round the earlier result (the mixed one) named a lever: one sentence says
  // how it (and any tied with it) moved.
  await page.goto(`/more.html#then=${fullCode}.${quickLink.split('#r=')[1]}`);
  await expect(page.locator('.then-lever')).toHaveCount(1);
  await expect(page.locator('.then-lever')).toHaveText(/^Ihre? Hebel vom letzten Mal, .*: (verbessert|unverändert|gesunken)\.$/);

  // Removing one, then all; the start screen's way to them goes with the last.
  await page.goto('/more.html#results');
  await entries.nth(0).getByRole('button', { name: /^Entfernen: / }).click();
  await expect(entries).toHaveCount(1);
  await page.reload();
  await expect(entries).toHaveCount(1);
  await expect(entries.nth(0)).toContainText('Kurzcheck');
  await page.getByRole('button', { name: 'Alle entfernen' }).click();
  await expect(entries).toHaveCount(0);
  await expect(page.getByText('In diesem Browser ist kein Ergebnis gespeichert.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ihre bisherigen Ergebnisse →' })).toHaveCount(0);
});

test('the reminder is a calendar event 90 days ahead with the result link and the way back', async ({ page }) => {
  await page.goto('/?intro=0&variant=quick');
  await answerByMouse(page, 'quick', 'brieftraeger');
  const link = await page.getByLabel('Ergebnislink', { exact: true }).inputValue();
  await page.getByRole('link', { name: 'In 90 Tagen erinnern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'In 90 Tagen erinnern' })).toBeFocused();
  const day = new Date();
  day.setDate(day.getDate() + 90);
  const shown = day.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
  await expect(page.getByText(`Ein Kalendereintrag für den ${shown} erinnert Sie daran`)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Kalendereintrag speichern (.ics)' }).click();
  const file = await download;
  const ymd = `${day.getFullYear()}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}`;
  expect(file.suggestedFilename()).toBe(`seller-check-${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}.ics`);
  const text = require('fs').readFileSync(await file.path(), 'utf8');
  // Lines folded at 75 octets (RFC 5545 3.1) are unfolded to read the links whole.
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  expect(unfolded).toContain(`DTSTART;VALUE=DATE:${ymd}`);
  expect(unfolded.replace(/\\,/g, ',').replace(/\\;/g, ';')).toContain(link);
  expect(unfolded).toMatch(/^URL:http:\/\/127\.0\.0\.1:\d+\/(index\.html)?\r?$/m);
  await expectNoAxeViolations(page);
});

test('the call to action carries the result when its template asks, each value encoded; only web and mail targets', async ({ page }) => {
  const template = 'https://beratung.example/termin?stufe={stage}&name={stage_name}&pos={position}&d={dimensions}&v={variant}&l={lang}&r={link}';
  await page.goto(`/?intro=0&variant=quick&cta=${encodeURIComponent(template)}&cta-mail=kontakt@beratung.example`);
  await answerByMouse(page, 'quick', 'partner');
  const link = await page.getByLabel('Ergebnislink', { exact: true }).inputValue();
  const cta = page.locator('.cta a.primary');
  const href = new URL(await cta.getAttribute('href'));
  expect(href.origin + href.pathname).toBe('https://beratung.example/termin');
  const q = href.searchParams;
  const stage = questionnaire.stages[4];
  expect(q.get('stufe')).toBe('5');
  // Plain text: the soft hyphens that break the name on screen stay on the page.
  expect(q.get('name')).toBe(stage.name.de.replace(/\u00ad/g, ''));
  expect(q.get('name')).not.toContain('\u00ad');
  expect(q.get('pos')).toBe('100');
  expect(q.get('d')).toBe(questionnaire.dimensions.map((d) => `${d.id}:100`).join(','));
  expect(q.get('v')).toBe('quick');
  expect(q.get('l')).toBe('de');
  expect(q.get('r')).toBe(link);
  // The result by e-mail, to the address the host gave, with the link and a summary.
  const mail = new URL(await page.getByRole('link', { name: 'Ergebnis per E-Mail senden' }).getAttribute('href'));
  expect(mail.protocol).toBe('mailto:');
  expect(mail.pathname).toBe('kontakt@beratung.example');
  expect(mail.searchParams.get('body')).toContain(link);
  expect(mail.searchParams.get('body')).toContain(`Stufe 5 von 5: ${stage.name.de.replace(/\u00ad/g, '')},`);

  // A template that is not a web or mail link shows no call to action at all.
  for (const bad of ['javascript:alert({link})', 'data:text/html,{link}', 'JaVaScRiPt:void({stage})', '//evil.example/{link}']) {
    await page.evaluate(() => localStorage.clear());
    await page.goto(`/?intro=0&variant=quick&cta=${encodeURIComponent(bad)}`);
    await answerByMouse(page, 'quick', 'partner');
    await expect(page.locator('.cta a.primary')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"], a[href^="data:"], a[href^="//"]')).toHaveCount(0);
  }
});
