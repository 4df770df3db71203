// Shared helpers: the questionnaire as the app sees it, and persona answers derived from its weights.
const fs = require('fs');
const path = require('path');
const { expect } = require('@playwright/test');

const questionnaire = JSON.parse(fs.readFileSync(path.join(__dirname, '../../content/default.json'), 'utf8'));

/** Items of a variant, in the order shown. */
function variantItems(variant) {
  const list = questionnaire.variants[variant];
  if (list === 'all') return questionnaire.items;
  return list.map((id) => questionnaire.items.find((i) => i.id === id));
}

const sum = (o) => Object.values(o.weights).reduce((a, b) => a + b, 0);

/**
 * The option index a persona picks: 'brieftraeger' takes the answer whose keying or weights point to the
 * Briefträger pole, 'partner' the opposite.
 */
function pick(item, persona) {
  const toPartner = persona === 'partner';
  if (item.kind === 'likert') {
    const high = item.reverse ? !toPartner : toPartner;
    return high ? 4 : 0;
  }
  const sums = item.options.map(sum);
  const target = toPartner ? Math.max(...sums) : Math.min(...sums);
  return sums.indexOf(target);
}

/** The visible label of option `index` of `item` in `lang`. */
function optionLabel(item, index, lang) {
  if (item.kind === 'likert') return questionnaire.scales[item.scale][index][lang];
  return item.options[index].text[lang];
}

/** Key that selects option `index`: digits for scales, letters for scenarios. */
function optionKey(item, index) {
  return item.kind === 'likert' ? String(index + 1) : 'ABCD'[index];
}

/** Answers every question of `variant` by clicking, as `persona`, and waits for the result heading. */
async function answerByMouse(page, variant, persona, lang = 'de') {
  const items = variantItems(variant);
  for (const item of items) {
    await expect(page.getByRole('heading', { level: 2, name: item.text[lang] })).toBeVisible();
    // A pointer click selects and goes on by itself, after the last question to the result.
    await page.getByRole('radio', { name: optionLabel(item, pick(item, persona), lang), exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: lang === 'de' ? 'Ihr Ergebnis' : 'Your result' })).toBeVisible();
}

/**
 * The seller finishes a quick check at the partner pole and creates an invitation; someone else
 * opens it in a browser context of their own and begins. Returns that person's page and context.
 */
/**
 * From the seller's result to the invitation of outside views: the first page's button opens
 * it on the second page (with the comparison, where returned codes are entered).
 */
async function openInvitation(page, lang = 'de') {
  await page.getByRole('button', { name: lang === 'de' ? 'Außensicht einholen →' : 'Ask for an outside view →' }).click();
  await expect(page.getByLabel(lang === 'de' ? 'Ihr Vorname oder Kürzel' : 'Your first name or initials')).toBeVisible();
}

async function inviteSomeone(page, browser, name = 'Anna') {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'partner');
  await openInvitation(page);
  await page.getByLabel('Ihr Vorname oder Kürzel').fill(name);
  await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
  const invite = await page.getByLabel(/^Einladungslink/).inputValue();
  const other = await browser.newContext();
  const them = await other.newPage();
  await them.goto(invite);
  await them.getByRole('button', { name: 'Außensicht beginnen' }).click();
  return { them, other };
}

/** The facilitator pastes `text` (any text with links or codes) into the workshop view and adds it. */
async function collect(page, text) {
  await page.getByLabel(/^Ergebnislinks oder Codes einfügen/).fill(text);
  await page.getByRole('button', { name: 'Übernehmen' }).click();
}

/**
 * Result links of quick checks answered by keyboard, one per key in `keys` (a likert answer 1–5;
 * scenarios get an option from it), each in a fresh run.
 */
async function resultLinks(page, keys) {
  const links = [];
  for (const key of keys) {
    await page.goto('/?intro=0&variant=quick');
    for (const [n, item] of variantItems('quick').entries()) {
      await atQuestion(page, n);
      await page.keyboard.press(item.kind === 'likert' ? key : 'ABCD'[Number(key) % 4]);
      await page.keyboard.press('Enter');
    }
    links.push(await page.getByLabel('Ergebnislink', { exact: true }).inputValue());
    await page.evaluate(() => localStorage.clear());
  }
  return links;
}

/** Fails on any axe violation. */
// The question a keyboard user is on: its number shown and its heading focused. Keys act only
// while the question has focus, which the app moves there once the question is on screen.
async function atQuestion(page, n) {
  await expect(page.locator('.progress-text')).toContainText(`Frage ${n + 1} von`);
  await expect(page.locator('#question-heading')).toBeFocused();
}

async function expectNoAxeViolations(page) {
  const AxeBuilder = require('@axe-core/playwright').default;
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

module.exports = { questionnaire, variantItems, pick, optionLabel, optionKey, answerByMouse, inviteSomeone, expectNoAxeViolations, collect, resultLinks, atQuestion, openInvitation };
