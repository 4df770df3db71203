// Embedding in a partner portal, across origins: the widget from the test server (4173), host
// pages from e2e/hosts/ on 4177 (listed in data-origins) and 4178 (same page, not listed).
const { test, expect, appReady } = require('./fixtures');
const AxeBuilder = require('@axe-core/playwright').default;
const { questionnaire, variantItems, pick, optionKey, answerByMouse } = require('./helpers');

const WIDGET = 'http://127.0.0.1:4173';
const HOST = 'http://127.0.0.1:4177';
const OTHER = 'http://127.0.0.1:4178';
const PREFIX = 'seller-check:v1:';

const iframe = (page) => page.locator('[data-seller-check] iframe');
const widget = (page) => page.frameLocator('[data-seller-check] iframe');
const widgetFrame = (page) => page.frames().find((f) => f.url().startsWith(`${WIDGET}/`));
const events = (page, name) => page.evaluate((n) => window.__events.filter((e) => !n || e.name === n), name);

/**
 * axe on the host page and the loader's markup (button, dialog). The widget's document has axe
 * tests of its own; seen through the frame, its landmarks would be weighed against the host's as
 * if they were one page (landmark-unique).
 */
async function expectNoHostAxeViolations(page) {
  const results = await new AxeBuilder({ page }).exclude('[data-seller-check] iframe').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** Fails unless the widget is loaded, mounted and talking (its `ready` event reached this host). */
async function waitReady(page) {
  await expect.poll(async () => (await events(page, 'ready')).length).toBe(1);
}

/**
 * Resolves once everything `frame` (a widget) posted to the host page before now has reached it:
 * a probe posted after it arrives last, as messages between two windows keep their order.
 */
async function flushWidgetToHost(page, frame) {
  const probe = `probe:${Math.random()}`;
  await frame.evaluate((p) => parent.postMessage(p, '*'), probe);
  await expect.poll(() => page.evaluate((p) => window.__messages.some((m) => m.data === p), probe)).toBe(true);
}

/** Everything the host page recorded from widgets, without the probes of `flushWidgetToHost`. */
const recorded = (page) => page.evaluate(() => [window.__messages.filter((m) => !String(m.data).startsWith('probe:')), window.__events]);

/** Resolves once the widget has received everything the host page posted to it before now. */
async function flushHostToWidget(page) {
  const probe = `probe:${Math.random()}`;
  const frame = widgetFrame(page);
  await frame.evaluate((p) => {
    window.__probes = window.__probes ?? [];
    addEventListener('message', (e) => { if (e.data === p) window.__probes.push(p); });
  }, probe);
  await postToWidget(page, probe);
  await expect.poll(() => frame.evaluate((p) => window.__probes.includes(p), probe)).toBe(true);
}

/** Sends `msg` from the host page to the widget, as a portal would. */
function postToWidget(page, msg) {
  return page.evaluate(([m, origin]) => {
    document.querySelector('[data-seller-check] iframe').contentWindow.postMessage(m, origin);
  }, [msg, WIDGET]);
}

/**
 * The frame is exactly as tall as the document inside it (within 2 px) and that document does not
 * overflow, i.e. has nothing to scroll. Polled: the height arrives by message after layout.
 */
async function expectFitted(page, where) {
  await expect.poll(async () => {
    const frame = widgetFrame(page);
    const inner = await frame.evaluate(() => {
      const root = document.documentElement;
      return { content: root.getBoundingClientRect().height, scroll: root.scrollHeight, client: root.clientHeight };
    });
    const outer = await iframe(page).evaluate((f) => f.clientHeight);
    const fits = Math.abs(outer - inner.content) <= 2 && inner.scroll <= inner.client;
    return fits ? 'fits' : `${where}: iframe ${outer}px, document ${JSON.stringify(inner)}`;
  }, { timeout: 10_000 }).toBe('fits');
}

test('the loader creates a lazy, titled iframe whose URL carries the checked attributes', async ({ page }) => {
  await page.goto(`${HOST}/inline.html`);
  await appReady(widget(page)); // the running app in the frame, not just the frame
  await expect(iframe(page)).toHaveCount(1);
  await expect(iframe(page)).toHaveAttribute('loading', 'lazy');
  await expect(iframe(page)).toHaveAttribute('title', 'Verkäufer-Selbstcheck');
  await expect(iframe(page)).toHaveAttribute('scrolling', 'no');
  const src = new URL(await iframe(page).getAttribute('src'));
  expect(`${src.origin}${src.pathname}`).toBe(`${WIDGET}/index.html`);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    embed: '1', lang: 'de', variant: 'quick', accent: '#075', origins: HOST,
    cta: 'https://consultancy.example/contact', 'cta-label': 'Sprechen Sie mit uns',
  });
  expect(await iframe(page).evaluate((f) => [f.style.width, getComputedStyle(f).borderTopStyle])).toEqual(['100%', 'none']);
  await expect(widget(page).getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toBeVisible();
  // The host's strict policy (meta CSP: no inline styles or scripts) has nothing to object to.
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  await expectNoHostAxeViolations(page);
});

test('malformed attributes never reach the widget URL; origins default to the host page', async ({ page }) => {
  await page.goto(`${HOST}/invalid.html`);
  await expect(iframe(page)).toHaveCount(2);
  const [bad, plain] = await iframe(page).evaluateAll((fs) => fs.map((f) => Object.fromEntries(new URL(f.src).searchParams)));
  expect(bad).toEqual({ embed: '1' });
  expect(plain).toEqual({ embed: '1', origins: HOST });
  await expect(iframe(page).first()).toHaveAttribute('title', 'Seller self-check');
  // Each widget's events land on its own div: only the second one may talk to this page at all.
  await expect.poll(async () => (await events(page, 'ready')).map((e) => e.widget)).toEqual([1]);
  await expect(widget(page).first().getByRole('heading', { level: 1 })).toBeVisible();
  const frames = page.frames().filter((f) => f.url().startsWith(`${WIDGET}/`));
  expect(frames).toHaveLength(2);
  for (const frame of frames) {
    await appReady(frame);
    await flushWidgetToHost(page, frame);
  }
  expect((await events(page)).filter((e) => e.widget !== 1)).toEqual([]);
});

test('only the widget frame, from the widget origin, is heard', async ({ page }) => {
  await page.goto(`${HOST}/plain.html`);
  await waitReady(page);
  await expect.poll(async () => (await events(page, 'resized')).length).toBeGreaterThan(0);
  const height = await iframe(page).evaluate((f) => f.style.height);
  expect(height).not.toBe('32rem');
  // The host window itself (right types, wrong source and origin) pretends to be the widget ...
  await page.evaluate((p) => {
    window.postMessage({ type: `${p}completed`, stage: 1 }, '*');
    window.postMessage({ type: `${p}resized`, height: 3 }, '*');
  }, PREFIX);
  // ... and so does another origin's page loaded into the widget's own frame (right source).
  await iframe(page).evaluate((f, url) => { f.src = url; }, `${OTHER}/impostor.html`);
  await expect.poll(() => page.evaluate(() => window.__messages.filter((m) => m.origin !== 'http://127.0.0.1:4173').length)).toBe(4);
  expect(await events(page, 'completed')).toEqual([]);
  expect(await iframe(page).evaluate((f) => f.style.height)).toBe(height);
});

for (const width of [390, 1280]) {
  test(`the frame's height follows its content without an inner scrollbar (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${HOST}/inline.html`);
    await appReady(widget(page)); // the running app in the frame, not just the frame
    const w = widget(page);
    await expect(w.getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toBeVisible();
    await expectFitted(page, 'start screen');
    await w.getByRole('link', { name: 'Kurzcheck starten' }).click();
    await expect(w.getByRole('heading', { level: 2, name: variantItems('quick')[0].text.de })).toBeVisible();
    await expectFitted(page, 'first question');
    await answerByMouse(w, 'quick', 'partner');
    await expectFitted(page, 'result');
    // The host's layout changes the frame's width: the height follows.
    await page.setViewportSize({ width: width === 390 ? 1280 : 390, height: 800 });
    await expectFitted(page, 'result after a width change');
  });
}

test('completed reaches the listed host with the stage, and a host not listed hears nothing', async ({ page, context }) => {
  const other = await context.newPage();
  for (const p of [page, other]) {
    await p.goto(`${p === page ? HOST : OTHER}/inline.html`);
    await appReady(widget(p)); // the running app in the frame, not just the frame
    await widget(p).getByRole('link', { name: 'Kurzcheck starten' }).click();
    await answerByMouse(widget(p), 'quick', 'partner');
  }

  await expect.poll(async () => (await events(page, 'completed')).length).toBe(1);
  const [{ detail }] = await events(page, 'completed');
  expect(detail).toMatchObject({ variant: 'quick', stage: 5, stageName: 'Kundenintegrierter Partner', stageId: questionnaire.stages[4].id });
  expect(Number.isInteger(detail.position) && detail.position >= 0 && detail.position <= 100).toBe(true);
  expect(Object.keys(detail.dimensions).sort()).toEqual(questionnaire.dimensions.map((d) => d.id).sort());
  for (const score of Object.values(detail.dimensions)) expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
  expect(typeof detail.shareLink).toBe('string');
  // The whole conversation, in order, and every raw message came from the widget's origin.
  const names = (await events(page)).map((e) => e.name).filter((n) => n !== 'resized');
  expect(names).toEqual(['ready', 'started', ...Array(12).fill('progress'), 'completed']);
  expect((await events(page, 'progress')).map((e) => e.detail)).toEqual([...Array(12)].map((_, i) => ({ n: i + 1, total: 12 })));
  expect((await events(page, 'started'))[0].detail).toEqual({ variant: 'quick', total: 12 });
  expect(await page.evaluate(() => window.__messages.every((m) => m.origin === 'http://127.0.0.1:4173'))).toBe(true);

  // 4178 embeds the same widget with data-origins naming 4177: the browser delivers nothing to it.
  await expect(widget(other).getByText('Stufe 5 / 5')).toBeVisible();
  await flushWidgetToHost(other, widgetFrame(other));
  expect(await recorded(other)).toEqual([[], []]);
});

/** Opens the popup of popup.html by keyboard; returns the locators the popup tests need. */
async function openPopupByKeyboard(page) {
  await page.goto(`${HOST}/popup.html`);
  const open = page.getByRole('button', { name: 'Take the self-check' });
  for (let i = 0; i < 10 && !(await open.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(open).toBeFocused();
  await expect(iframe(page)).toHaveCount(0); // the widget loads on first open only
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Seller self-check' });
  await expect(dialog).toBeVisible();
  await appReady(widget(page));
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  const close = dialog.getByRole('button', { name: 'Close the self-check' });
  await expect(close).toBeFocused();
  await expect(widget(page).getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoHostAxeViolations(page);
  return { open, dialog, close, w: widget(page) };
}

/** Starts the quick check inside the popup by Tab and Enter and answers the first question by key. */
async function startInPopupByKeyboard(page, w) {
  const inDialog = () => page.evaluate(() => !!document.activeElement.closest('dialog[open]'));
  const start = w.getByRole('link', { name: 'Start the quick check' });
  await expect(start).toBeVisible();
  // Shift+Tab from the first control wraps to the widget, not to the page behind.
  await page.keyboard.press('Shift+Tab');
  expect(await inDialog()).toBe(true);
  for (let i = 0; i < 20 && !(await start.evaluate((el) => el === document.activeElement && document.hasFocus())); i++) {
    await page.keyboard.press('Tab');
    expect(await inDialog()).toBe(true);
  }
  await page.keyboard.press('Enter');
  const [first, second] = variantItems('quick');
  await expect(w.getByRole('heading', { level: 2, name: first.text.en })).toBeFocused();
  await page.keyboard.press(optionKey(first, pick(first, 'partner')));
  await expect(w.getByRole('radio', { checked: true })).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(w.getByRole('heading', { level: 2, name: second.text.en })).toBeFocused();
  await expect(w.getByText('Question 2 of 12', { exact: true })).toBeAttached();
  return { inDialog, second };
}

test('popup: opens by keyboard, keeps focus inside, runs the check, Esc closes it', async ({ page }) => {
  const { open, dialog, close, w } = await openPopupByKeyboard(page);
  const { inDialog, second } = await startInPopupByKeyboard(page, w);

  // Tab on through the rest of the widget: focus comes round to the close button, not the page.
  for (let i = 0; i < 30 && !(await close.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    expect(await inDialog()).toBe(true);
  }
  await expect(close).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  // Reopening shows the same widget with the answers given so far; the close button closes.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(iframe(page)).toHaveCount(1);
  await expect(w.getByRole('heading', { level: 2, name: second.text.en })).toBeVisible();
  await page.keyboard.press('Enter'); // on the close button, where focus went
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

// Keys pressed inside the cross-origin frame never reach the host page, so Esc there needs the
// widget to say so: the loader closes on the widget's `escape` event.
test('popup: Esc pressed inside the widget closes it (the widget posts an escape event)', async ({ page }) => {
  const { open, dialog, w } = await openPopupByKeyboard(page);
  const { second } = await startInPopupByKeyboard(page, w);
  await expect(w.getByRole('heading', { level: 2, name: second.text.en })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

/** Resolves once the host page has drawn two more frames: a wheel's scroll has happened by then. */
const framesDrawn = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('popup: a host page that scrolls its body holds still too', async ({ page }) => {
  await page.goto(`${HOST}/popup.html`);
  await page.evaluate(() => {
    // The portal's layout: <html> fixed, <body> the scroller.
    Object.assign(document.documentElement.style, { height: '100%', overflow: 'hidden' });
    Object.assign(document.body.style, { height: '100%', overflow: 'auto', margin: '0' });
    const tall = document.createElement('div');
    tall.style.height = '3000px';
    document.body.append(tall);
  });
  await page.getByRole('button', { name: 'Take the self-check' }).click();
  await expect(page.getByRole('dialog', { name: 'Seller self-check' })).toBeVisible();
  await appReady(widget(page));
  await page.mouse.move(5, 5);
  await page.mouse.wheel(0, 600);
  await framesDrawn(page);
  expect(await page.evaluate(() => document.body.scrollTop)).toBe(0);
  await page.getByRole('button', { name: 'Close the self-check' }).click();
  await expect.poll(() => page.evaluate(() => document.body.style.overflow)).toBe('auto');
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => document.body.scrollTop)).toBeGreaterThan(0);
});

test('an API for hosts that load the loader late: the loaded event', async ({ page }) => {
  await page.goto(`${HOST}/plain.html`);
  await appReady(widget(page));
  // A copy loaded later finds the API there and announces nothing; a first copy announces it.
  expect(await page.evaluate(() => typeof window.sellerCheck.mount)).toBe('function');
  const announced = await page.evaluate(() => new Promise((resolve) => {
    delete window.sellerCheck; // as if no copy had run yet
    document.addEventListener('seller-check:loaded', () => resolve(typeof window.sellerCheck?.mount), { once: true });
    const s = document.createElement('script');
    s.src = 'http://127.0.0.1:4173/embed.js?again';
    s.async = true;
    document.head.append(s);
  }));
  expect(announced).toBe('function');
});

// Issue 17, item 12: while the popup is open the host page does not scroll; on close it is
// exactly where it was.
test('popup: the host page holds still while it is open and is restored when it closes', async ({ page }) => {
  await page.goto(`${HOST}/popup.html`);
  // A host page longer than the window, scrolled a little.
  await page.evaluate(() => {
    for (const where of ['prepend', 'append']) {
      const tall = document.createElement('div');
      tall.style.height = '1500px'; // through the CSSOM: the portal's CSP allows no style attribute
      document.body[where](tall);
    }
  });
  const open = page.getByRole('button', { name: 'Take the self-check' });
  await open.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => [window.scrollY, document.documentElement.style.overflow]);
  expect(before[0]).toBeGreaterThan(0);
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Seller self-check' });
  await expect(dialog).toBeVisible();
  await appReady(widget(page));
  // The wheel over the backdrop (the corner of the window) and over the dialog.
  for (const [x, y] of [[5, 5], [5, 600], [300, 300]]) {
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 400);
  }
  await page.keyboard.press('PageDown');
  await framesDrawn(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(before[0]);
  await dialog.getByRole('button', { name: 'Close the self-check' }).click();
  await expect(dialog).toBeHidden();
  // The dialog's close event restores the page (a task after it hides).
  await expect.poll(() => page.evaluate(() => [window.scrollY, document.documentElement.style.overflow])).toEqual(before);
  // And the page scrolls again.
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before[0]);
});

// Issue 17, item 11: elements added after load become widgets; a small API mounts and unmounts.
test('a widget added after load appears, and sellerCheck.mount/unmount work', async ({ page }) => {
  await page.goto(`${HOST}/inline.html`);
  await appReady(widget(page));
  await expect(iframe(page)).toHaveCount(1);
  // A single-page portal adds a div later, as its route changes.
  await page.evaluate(() => {
    const later = document.createElement('div');
    later.id = 'later';
    later.dataset.sellerCheck = '';
    later.dataset.lang = 'en';
    later.dataset.origins = location.origin;
    document.querySelector('main').append(later);
  });
  const laterFrame = page.frameLocator('#later iframe');
  await appReady(laterFrame);
  await expect(laterFrame.getByRole('heading', { level: 1, name: 'Mail carrier or partner?' })).toBeVisible();
  // A portal that keeps its route views takes the element out and puts it back later: it is a
  // widget again, and heard (its ready event reaches the host), not a dead frame.
  const readyFromLater = async () => (await events(page, 'ready')).filter((e) => e.widget === 1).length;
  expect(await readyFromLater()).toBe(1);
  await page.evaluate(() => { window.__kept = document.getElementById('later'); window.__kept.remove(); });
  await expect.poll(() => page.evaluate(() => window.__kept.querySelectorAll('iframe').length)).toBe(0);
  await page.evaluate(() => document.querySelector('main').append(window.__kept));
  await expect(page.locator('#later iframe')).toHaveCount(1);
  await expect.poll(readyFromLater).toBe(2);
  await expect(laterFrame.getByRole('heading', { level: 1, name: 'Mail carrier or partner?' })).toBeVisible();
  // The API: unmount takes it away, mount brings it back; any element will do.
  expect(await page.evaluate(() => window.sellerCheck.unmount(document.getElementById('later')))).toBe(true);
  await expect(page.locator('#later iframe')).toHaveCount(0);
  expect(await page.evaluate(() => window.sellerCheck.unmount(document.getElementById('later')))).toBe(false);
  expect(await page.evaluate(() => {
    const plain = document.createElement('section');
    plain.id = 'plain';
    plain.dataset.lang = 'en';
    document.querySelector('main').append(plain);
    return [window.sellerCheck.mount(plain), window.sellerCheck.mount(plain), window.sellerCheck.version];
  })).toEqual([true, false, 1]);
  await appReady(page.frameLocator('#plain iframe'));
  await expect(iframe(page)).toHaveCount(1); // the first widget is untouched
});

// Issue 17, item 10: the widget never moves the host's scroll or focus before the visitor acts
// in it: not on load, start-up, auto-start, resize or a language change from the host.
test('the widget leaves the host page scroll and focus alone until the visitor acts in it', async ({ page }) => {
  await page.goto(`${HOST}/far.html`);
  const search = page.getByRole('searchbox', { name: 'Search the portal' });
  await expect(search).toBeFocused();
  const w = widget(page);
  await appReady(w);
  const first = variantItems('quick')[0];
  await expect(w.getByRole('heading', { level: 2, name: first.text.en })).toBeAttached();
  const still = async (what) => {
    expect(await page.evaluate(() => window.scrollY), what).toBe(0);
    await expect(search, what).toBeFocused();
  };
  await still('auto-start');
  const frame = widgetFrame(page);
  const width = await frame.evaluate(() => innerWidth);
  await page.setViewportSize({ width: 700, height: 600 });
  // The widget has the new width, and what it did about it has reached the host.
  await expect.poll(() => frame.evaluate(() => innerWidth)).not.toBe(width);
  await flushWidgetToHost(page, frame);
  await still('resize');
  await postToWidget(page, { type: `${PREFIX}set-lang`, lang: 'de' });
  await expect(w.getByRole('heading', { level: 2, name: first.text.de })).toBeAttached();
  await still('language change from the host');
  const starts = (await events(page, 'started')).length;
  await postToWidget(page, { type: `${PREFIX}restart` });
  // The restart has happened: the widget told the host it started anew.
  await expect.poll(async () => (await events(page, 'started')).length).toBe(starts + 1);
  await expect(w.getByRole('heading', { level: 2, name: first.text.de })).toBeAttached();
  await still('restart from the host');
  // Once the visitor acts in the widget, it guides the focus through the check.
  await w.getByRole('radio').first().click();
  await expect(w.getByRole('heading', { level: 2, name: variantItems('quick')[1].text.de })).toBeFocused();
});

test('set-lang from the listed host switches the widget to English; bad messages change nothing', async ({ page }) => {
  await page.goto(`${HOST}/inline.html`);
  await appReady(widget(page)); // the running app in the frame, not just the frame
  const w = widget(page);
  await waitReady(page);
  await expect(w.getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toBeVisible();
  for (const bad of [null, 'set-lang', { type: `${PREFIX}set-lang`, lang: 'fr' }, { type: `${PREFIX}set-lang` },
    { type: `${PREFIX}explode` }, { type: 'seller-check:v2:set-lang', lang: 'en' }, { type: { toString: 1 } }]) {
    await postToWidget(page, bad);
  }
  await postToWidget(page, { type: `${PREFIX}set-lang`, lang: 'en' });
  await expect(w.getByRole('heading', { level: 1, name: 'Mail carrier or partner?' })).toBeVisible();

  // restart: back to the start screen from the middle of a check.
  await w.getByRole('link', { name: 'Start the quick check' }).click();
  await expect(w.getByRole('heading', { level: 2, name: variantItems('quick')[0].text.en })).toBeVisible();
  await postToWidget(page, { type: `${PREFIX}restart` });
  await expect(w.getByRole('heading', { level: 1, name: 'Mail carrier or partner?' })).toBeVisible();
});

test('a restart asked for on the start screen does not undo the check begun after it', async ({ page }) => {
  await page.goto(`${HOST}/inline.html`);
  const w = widget(page);
  await appReady(w);
  await waitReady(page);
  await postToWidget(page, { type: `${PREFIX}restart` });
  await flushHostToWidget(page);
  await expect(w.getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toBeVisible();
  await w.getByRole('link', { name: 'Kurzcheck starten' }).click();
  const first = w.getByRole('heading', { level: 2, name: variantItems('quick')[0].text.de });
  await expect(first).toBeFocused();
  // The check runs on: an answer moves to question 2, it is not sent back to the start screen.
  await w.getByRole('radio').first().click();
  await expect(w.getByRole('heading', { level: 2, name: variantItems('quick')[1].text.de })).toBeVisible();
  await expect(w.getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toHaveCount(0);
});

test('set-lang from a host not listed in origins is ignored', async ({ page }) => {
  await page.goto(`${OTHER}/inline.html`);
  await appReady(widget(page)); // the running app in the frame, not just the frame
  const w = widget(page);
  await expect(w.getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toBeVisible();
  // No `ready` reaches this host to say the widget listens; the app's own marker does.
  await appReady(w);
  await postToWidget(page, { type: `${PREFIX}set-lang`, lang: 'en' });
  await flushHostToWidget(page);
  await expect(w.getByRole('heading', { level: 1, name: 'Briefträger oder Partner?' })).toBeVisible();
  await expect(w.locator('html')).toHaveAttribute('lang', 'de');
  // Drawn anew after the message was handled: still German.
  await w.getByRole('link', { name: 'Kurzcheck starten' }).click();
  await expect(w.getByText('Frage 1 von 12', { exact: false }).first()).toBeVisible();
  await expect(w.locator('html')).toHaveAttribute('lang', 'de');
});

test('intro=0 starts the variant at once; restart begins it anew and says so', async ({ page }) => {
  await page.goto(`${HOST}/intro0.html`);
  await appReady(widget(page)); // the running app in the frame, not just the frame
  expect(Object.fromEntries(new URL(await iframe(page).getAttribute('src')).searchParams)).toEqual({
    embed: '1', lang: 'en', variant: 'quick', intro: '0', theme: 'light', origins: HOST,
  });
  const w = widget(page);
  const [first, second] = variantItems('quick');
  await expect(w.getByRole('heading', { level: 2, name: first.text.en })).toBeVisible();
  await expect(w.getByRole('heading', { level: 1, name: 'Mail carrier or partner?' })).toHaveCount(0);
  await w.getByRole('radio').first().click();
  await expect(w.getByRole('heading', { level: 2, name: second.text.en })).toBeVisible();
  await waitReady(page);
  await postToWidget(page, { type: `${PREFIX}restart` });
  await expect(w.getByRole('heading', { level: 2, name: first.text.en })).toBeVisible();
  await expect(w.getByRole('radio', { checked: true })).toHaveCount(0);
  expect((await events(page, 'ready')).map((e) => e.detail)).toEqual([{ lang: 'en', variant: 'quick' }]);
  // A restart is a new check: `started` again, then the first question.
  const flow = async () => (await events(page)).filter((e) => !['resized', 'ready'].includes(e.name)).map((e) => [e.name, e.detail]);
  await expect.poll(flow).toEqual([
    ['started', { variant: 'quick', total: 12 }],
    ['progress', { n: 1, total: 12 }],
    ['progress', { n: 2, total: 12 }],
    ['started', { variant: 'quick', total: 12 }],
    ['progress', { n: 1, total: 12 }],
  ]);
});

test('embedded under the widget\'s strict CSP: accent and theme apply, a check completes, no violation', async ({ page }) => {
  // In every frame, the widget's too: count what either policy blocks.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(`${HOST}/strict.html`);
  await appReady(widget(page)); // the running app in the frame, not just the frame
  const w = widget(page);
  const start = w.getByRole('link', { name: 'Kurzcheck starten' });
  await expect(start).toBeVisible();
  await waitReady(page);
  await expect(w.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await start.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 119, 85)');
  await start.click();
  await answerByMouse(w, 'quick', 'partner');
  await expect.poll(async () => (await events(page, 'completed')).map((e) => e.detail.stage)).toEqual([5]);
  await expect(w.getByRole('link', { name: 'Ergebnis im Gespräch vertiefen' })).toHaveAttribute('href', 'https://consultancy.example/contact');
  const strict = page.frames().find((f) => f.url().startsWith('http://127.0.0.1:4174/'));
  expect(await strict.evaluate(() => window.__violations)).toEqual([]);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});
