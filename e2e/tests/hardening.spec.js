// Hostile and broken input, and proof that nothing leaves the browser.
const { test, expect } = require('./fixtures');
const { questionnaire, answerByMouse } = require('./helpers');

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

function hostileQuestionnaire() {
  const q = JSON.parse(JSON.stringify(questionnaire));
  for (const item of q.items) item.text.de = `${HOSTILE} ${item.text.de}`;
  for (const stage of q.stages) stage.name.de = `${HOSTILE}${stage.name.de}`;
  q.dimensions[0].name.de = `<b onmouseover="window.__pwned=3">${q.dimensions[0].name.de}</b>`;
  return q;
}

// Custom files: the page's own routes answer them, so no service worker may take the requests.
test.describe('custom questionnaires', () => {
  test.use({ serviceWorkers: 'block' });

  test('script and markup in a custom questionnaire render as plain text, and no script runs', async ({ page }) => {
    await page.route('**/hostile.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileQuestionnaire()) }));
    await page.goto('/?questionnaire=hostile.json');
    await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toContainText('<img src=x onerror=');
    await answerByMouse(page, 'quick', 'partner').catch(() => {});
    await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('<script>');
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    await page.mouse.move(10, 10);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });

  test('a broken custom questionnaire shows every validation error with its path', async ({ page }) => {
    const q = JSON.parse(JSON.stringify(questionnaire));
    q.items[0].dimension = 'leadrship';
    q.stages[1].from = 25;
    await page.route('**/broken.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(q) }));
    await page.goto('/?questionnaire=broken.json&lang=en');
    // The first page runs only its own questionnaire and hands any other file to the second page.
    await expect(page).toHaveURL(/more\.html\?questionnaire=broken\.json&lang=en/);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The questionnaire contains errors');
    await expect(alert).toContainText('items[0].dimension');
    await expect(alert).toContainText('stages');
    await expect(page.getByRole('link', { name: 'Start the quick check' })).toHaveCount(0);
  });

  test('a good custom questionnaire is used', async ({ page }) => {
    const q = JSON.parse(JSON.stringify(questionnaire));
    q.items.find((i) => i.id === q.variants.quick[0]).text.de = 'Eine eigene erste Frage der Beratung.';
    await page.route('**/custom.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(q) }));
    await page.goto('/?questionnaire=custom.json');
    await expect(page).toHaveURL(/more\.html\?questionnaire=custom\.json/);
    await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Eine eigene erste Frage der Beratung.' })).toBeVisible();
  });
});

test('a questionnaire from another origin is refused', async ({ page }) => {
  await page.goto('/?questionnaire=http://127.0.0.1:4174/default.json');
  await expect(page.getByRole('alert')).toContainText('Der Fragebogen muss von derselben Adresse kommen');
});

test('zero network: only the own origin at load, nothing during a full check and a share-link open, only the own origin for the workshop page', async ({ page, baseURL }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Vollständigen Check starten' })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle');
  const atLoad = requests.splice(0);
  expect(atLoad.length).toBeGreaterThan(0);
  for (const url of atLoad) expect(url.startsWith(`${baseURL}/`)).toBe(true);
  await page.getByRole('link', { name: 'Vollständigen Check starten' }).click();
  await answerByMouse(page, 'full', 'partner');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your result' })).toBeVisible();
  const link = await page.getByLabel('Result link', { exact: true }).inputValue();
  // Opening the share link in this tab (a fragment change) and running a workshop session.
  await page.evaluate((l) => { location.hash = l.split('#')[1]; }, link);
  await expect(page.getByRole('heading', { level: 1, name: 'Shared result' })).toBeVisible();
  expect(requests).toEqual([]);
  // The workshop view is on the second page: its files come from the own origin, like the first's.
  // (A group of one shows its picture and CSV here: `min-group=1`.)
  await page.evaluate(() => {
    const url = new URL(location.href);
    url.searchParams.set('min-group', '1');
    history.replaceState(null, '', url);
    location.hash = 'workshop';
  });
  await page.getByLabel(/^Paste result links or codes/).fill(`${link}\nnot-a-code https://example.org/#r=AAAA`);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.locator('.workshop > .result-count')).toHaveText('1 result · 1 new result · 1 unreadable');
  expect(requests.some((url) => new URL(url).pathname === '/more.html')).toBe(true);
  for (const url of requests.splice(0)) expect(url.startsWith(`${baseURL}/`)).toBe(true);
  await page.getByRole('button', { name: 'Download CSV' }).click();
  expect(requests).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});
