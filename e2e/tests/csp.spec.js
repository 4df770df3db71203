// Under the strict CSP partner portals send, the app reports no violation and a check completes.
const { test, expect } = require('./fixtures');
const { answerByMouse } = require('./helpers');

const CSP_ORIGIN = 'http://127.0.0.1:4174';

test('strict CSP as a header: zero violations, a check completes', async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const response = await page.goto(`${CSP_ORIGIN}/`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await answerByMouse(page, 'quick', 'partner');
  await expect(page.getByText('Stufe 5 / 5')).toBeVisible();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(consoleErrors.filter((t) => /Content Security Policy|Refused/i.test(t))).toEqual([]);
});
