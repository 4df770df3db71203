// Issue 17, item 2, across a restart: Back into the entries of an earlier run never shows that
// run's screens as if they were the current one, and a page the browser brings back from its
// back-forward cache notices what a later page of the tab saved meanwhile.
const { test, expect } = require('./fixtures');
const { variantItems, atQuestion } = require('./helpers');

const items = variantItems('quick');
const on = async (page, n) => {
  await expect(page.getByRole('heading', { level: 2, name: items[n].text.de })).toBeVisible();
  await atQuestion(page, n);
};
const answer = async (page, from, to) => {
  for (let n = from; n < to; n++) {
    await on(page, n);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
  }
};

test('Back from a new run begun by a page load reaches the start with that run, never the old result', async ({ page }) => {
  const result = page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' });
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answer(page, 0, items.length);
  await expect(result).toBeVisible();
  // A new run, by a link that starts the check at once (a page load, not the app's restart).
  await page.goto('/?intro=0&variant=quick');
  await answer(page, 0, 1);
  await on(page, 1);
  await page.goBack();
  await on(page, 0);
  // Back into the earlier page's entries: the start, offering the new run; not the old result.
  for (let n = 0; n < 3; n++) {
    await page.goBack();
    await expect(page.getByRole('button', { name: 'Weitermachen' })).toBeVisible();
    await expect(result).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Weitermachen' }).click();
  await on(page, 0);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
});

test('a page back from the back-forward cache notices a state saved meanwhile, and the visitor chooses', async ({ page }) => {
  await page.goto('/?intro=0&variant=quick');
  await answer(page, 0, 3);
  const earlier = await page.evaluate(() => localStorage.getItem('seller-check.session'));
  await answer(page, 3, 5);
  await on(page, 5);
  // What a browser does when Back restores a frozen page after a later page of the tab saved
  // another state (frozen pages hear no storage event): the stored text changed, then pageshow.
  const restore = () => page.evaluate((text) => {
    localStorage.setItem('seller-check.session', text);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  }, earlier);
  await restore();
  const question = page.getByRole('alert').filter({ hasText: 'anderswo verändert' });
  await expect(question).toBeVisible();
  // Nothing is lost before the visitor chooses: keeping this page's state saves it again.
  await question.getByRole('button', { name: 'Hier weitermachen' }).click();
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('seller-check.session')).index)).toBe(5);
  await restore();
  await question.getByRole('button', { name: 'Den gespeicherten Stand übernehmen' }).click();
  await on(page, 3);
});
