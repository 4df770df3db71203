// Every test opens the running app, not the start screen drawn at build time: after a navigation
// to the app's servers, goto and reload wait for `<html data-app="ready">`, which only the app
// sets once it has drawn and listens (src/platform/document.rs: mark_ready). A test that means to
// see the page without the app passes `{ app: false }`.
const base = require('@playwright/test');

const { expect } = base;
/** Ports that serve the app itself (playwright.config.js); 4177/4178 serve host pages. */
const APP_PORTS = new Set(['4173', '4174', '4175']);

/** Waits until the app runs in `target`, a page, frame or frame locator. */
async function appReady(target) {
  await expect(target.locator('html[data-app="ready"]')).toBeAttached();
}

const patched = new WeakSet();

/** Makes `page.goto` and `page.reload` wait for the app on the app's own servers. */
function patch(page) {
  if (patched.has(page)) return;
  patched.add(page);
  const afterwards = async (response, app) => {
    if (app && APP_PORTS.has(new URL(page.url()).port)) await appReady(page);
    return response;
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, { app = true, ...options } = {}) => afterwards(await goto(url, options), app);
  page.reload = async ({ app = true, ...options } = {}) => afterwards(await reload(options), app);
}

/** Patches every page that `context` opens. */
function patchContext(context) {
  context.on('page', patch);
  context.pages().forEach(patch);
  return context;
}

const test = base.test.extend({
  context: async ({ context }, use) => use(patchContext(context)),
  page: async ({ page }, use) => {
    patch(page);
    await use(page);
  },
  // Contexts a test makes itself (a second visitor, a coach) get the same.
  appBrowser: [async ({ browser }, use) => {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (...args) => patchContext(await newContext(...args));
    await use(browser);
  }, { scope: 'worker', auto: true }],
});

module.exports = { test, expect, appReady };
