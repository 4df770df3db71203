// Issue 17, item 7: result links as mail and chat clients pass them on. What can be undone
// without accepting a wrong result opens the result; the rest is named.
const { test, expect } = require('./fixtures');
const { variantItems, pick, optionLabel } = require('./helpers');

test.describe.configure({ timeout: 120_000 });

const RESULT = 'Geteiltes Ergebnis';
const UNREADABLE = 'Dieser Ergebnislink lässt sich nicht lesen';

/** The table: how the link arrives, and what opening it must show. */
const DAMAGE = [
  ['a full stop after it', (l) => `${l}.`, RESULT],
  ['a comma after it', (l) => `${l},`, RESULT],
  ['a closing bracket after it', (l) => `${l})`, RESULT],
  ['bracket and full stop', (l) => `${l}).`, RESULT],
  ['an angle bracket after it', (l) => `${l}>`, RESULT],
  ['an angle bracket, percent-encoded', (l) => `${l}%3E`, RESULT],
  ['an HTML-escaped angle bracket', (l) => `${l}&gt;`, RESULT],
  ['a closing quote and a full stop', (l) => `${l}".`, RESULT],
  ['German closing quotes', (l) => `${l}“`, RESULT],
  ['an exclamation mark', (l) => `${l}!`, RESULT],
  ['Markdown emphasis', (l) => `${l}**`, RESULT],
  ['three characters cut off, then a full stop', (l) => `${l.slice(0, -3)}.`, 'unvollständig'],
  ['a character changed', (l) => `${l.slice(0, -6)}${l.at(-6) === 'A' ? 'B' : 'A'}${l.slice(-5)}.`, UNREADABLE],
];

let link;

test.beforeAll(async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  for (const item of variantItems('quick')) {
    await expect(page.getByRole('heading', { level: 2, name: item.text.de })).toBeVisible();
    await page.getByRole('radio', { name: optionLabel(item, pick(item, 'partner'), 'de'), exact: true }).click();
  }
  link = await page.getByLabel('Ergebnislink', { exact: true }).inputValue();
  await context.close();
});

for (const [what, damage, expected] of DAMAGE) {
  test(`a result link with ${what}`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const url = new URL(link);
    await page.goto(damage(`${url.pathname}${url.hash}`));
    if (expected === RESULT) {
      await expect(page.getByRole('heading', { level: 1, name: RESULT })).toBeVisible();
      await expect(page.locator('.stage-meta')).toContainText('Stufe 5 / 5');
    } else {
      await expect(page.getByRole('alert')).toContainText(UNREADABLE);
      await expect(page.getByRole('alert')).toContainText(expected);
    }
    expect(errors).toEqual([]);
  });
}
