// Issue 17, item 6: any text a questionnaire can carry wraps or hyphenates inside 320 px
// (WCAG 1.4.10), on every screen.
const { test, expect } = require('./fixtures');
const { questionnaire, collect, atQuestion } = require('./helpers');

const LONG = 'Kundenbeziehungsmanagementverantwortlichkeitsbereichsleitung';

/** The built-in questionnaire with a long compound in every text of both languages. */
function longWords() {
  const q = structuredClone(questionnaire);
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      if (typeof node.de === 'string' && typeof node.en === 'string') {
        node.de = `${node.de} ${LONG}`;
        node.en = `${node.en} ${LONG}`;
        return;
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(q);
  q.id = 'long-words';
  return q;
}

test.use({ serviceWorkers: 'block', viewport: { width: 320, height: 640 } });

async function fits(page, where) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, where).toBeLessThanOrEqual(320);
  // SVG text cannot wrap, and a chart's overflow would not count in scrollWidth: each chart
  // text stays on the screen.
  const outside = await page.evaluate(() => [...document.querySelectorAll('svg text')]
    .map((t) => [t.textContent, t.getBoundingClientRect()])
    .filter(([, r]) => r.width > 0 && (r.left < -0.5 || r.right > 320.5))
    .map(([text, r]) => `${text}: ${Math.round(r.left)}–${Math.round(r.right)}`));
  expect(outside, where).toEqual([]);
}

test('every screen stays 320 px wide with long compounds in every text', async ({ page }) => {
  await page.route('**/long.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(longWords()) }));
  await page.goto('/?questionnaire=long.json');
  await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  await fits(page, 'start');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  const quick = questionnaire.variants.quick;
  for (let n = 0; n < quick.length; n++) {
    await atQuestion(page, n);
    await fits(page, `question ${n + 1}`);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible();
  await fits(page, 'result');
  const link = await page.getByLabel('Ergebnislink', { exact: true }).inputValue();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Geteiltes Ergebnis' })).toBeVisible();
  await fits(page, 'shared result');
  const url = new URL(link);
  await page.goto(`/more.html${url.search}&min-group=1#workshop`);
  await collect(page, `${link}\n${link}`);
  await expect(page.locator('.workshop > .result-count')).toContainText('1 Ergebnis');
  await fits(page, 'workshop');
  await page.goto(`/more.html${url.search}#compare=${url.hash.slice(3)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await fits(page, 'comparison');
});
