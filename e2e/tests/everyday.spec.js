// Issue 17: everyday handling that users of comparable tools reported.
const { test, expect } = require('./fixtures');
const { variantItems, optionLabel, atQuestion } = require('./helpers');

const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const background = (locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);

// Item 13: answering is the obvious path; skipping stays possible but quiet; the keyboard hint
// names only the keys that work on the question on screen.
for (const lang of ['de', 'en']) {
  test(`answering stands out, skipping is quiet, the hint names the keys of each question (${lang})`, async ({ page }) => {
    const skip = lang === 'de' ? 'Überspringen →' : 'Skip →';
    const next = lang === 'de' ? 'Weiter →' : 'Next →';
    await page.goto(`/?lang=${lang}&intro=0&variant=quick`);
    const items = variantItems('quick');
    for (const [n, item] of items.entries()) {
      await expect(page.getByRole('heading', { level: 2, name: item.text[lang] })).toBeVisible();
      const hint = await page.locator('.keyboard-hint').innerText();
      if (item.kind === 'likert') {
        expect(hint).toContain('1–5');
        expect(hint).not.toContain('A–');
      } else {
        expect(hint).toContain(`A–${String.fromCharCode(64 + item.options.length)}`);
        expect(hint).not.toContain('1–5');
      }
      expect(hint.includes('0 ')).toBe(Boolean(item.not_applicable));
      // ← only where there is a question to go back to.
      expect(hint.includes('←')).toBe(n > 0);
      if (n === items.length - 1) {
        // The last question unanswered: showing the result would skip it, so that is quiet too.
        const finish = page.getByRole('button', { name: lang === 'de' ? 'Ergebnis anzeigen →' : 'Show my result →' });
        await expect.poll(() => background(finish)).toBe(TRANSPARENT);
        await page.keyboard.press(item.kind === 'likert' ? '3' : 'B');
        await expect.poll(() => background(finish)).not.toBe(TRANSPARENT);
        break;
      }
      const skipping = page.getByRole('button', { name: skip });
      // Polled: the button eases from the filled look of the question before.
      await expect.poll(() => background(skipping)).toBe(TRANSPARENT);
      if (n === 0) {
        // Once answered (by keyboard: no auto-advance), the way on is the filled button.
        await page.keyboard.press(item.kind === 'likert' ? '3' : 'B');
        const going = page.getByRole('button', { name: next });
        await expect(going).toBeVisible();
        await expect.poll(() => background(going)).not.toBe(TRANSPARENT);
        await going.click();
      } else {
        await skipping.click();
      }
    }
  });
}

// Item 1: every click, tap or key acts on the question it was aimed at.
test.describe('a click meant for one question never acts on the next', () => {
  const items = variantItems('quick');
  const heading = (page, n) => page.getByRole('heading', { level: 2, name: items[n].text.de });
  /** Proves the page is on question `n` and stays there: a key answers exactly that question. */
  async function onQuestion(page, n) {
    await expect(heading(page, n)).toBeVisible();
    await expect(page.locator('.progress-text')).toContainText(`Frage ${n + 1} von ${items.length}`);
  }

  test('double clicks on every control that moves through the flow', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Kurzcheck starten' }).dblclick();
    await onQuestion(page, 0);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Überspringen →' }).dblclick();
    await onQuestion(page, 1);
    // A slow double click on an option: its second click comes once the next question is on
    // screen, over that question's option; it is part of the double click, so it does nothing.
    const box = await page.getByRole('radio', { name: optionLabel(items[1], 2, 'de'), exact: true }).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await onQuestion(page, 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { clickCount: 2 });
    await onQuestion(page, 2);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await heading(page, 2).focus();
    await page.keyboard.press(items[2].kind === 'likert' ? '2' : 'B');
    await page.getByRole('button', { name: 'Weiter →' }).dblclick();
    await onQuestion(page, 3);
    await page.getByRole('button', { name: '← Zurück' }).dblclick();
    await onQuestion(page, 2);
    // To the last question by keyboard, then the result, double-clicked.
    for (let n = 2; n < items.length - 1; n++) {
      await onQuestion(page, n);
      await expect(page.locator('section.question:focus-within')).toHaveCount(1);
      await page.keyboard.press('ArrowRight');
    }
    await onQuestion(page, items.length - 1);
    await page.getByRole('button', { name: 'Ergebnis anzeigen →' }).dblclick();
    await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible();
    await page.getByRole('button', { name: '← Zurück' }).first().dblclick();
    await onQuestion(page, items.length - 1);
  });

  test('an option, then "Weiter" out of habit: one question on, none skipped', async ({ page }) => {
    await page.goto('/?intro=0&variant=quick');
    for (const n of [0, 1, 2]) {
      await onQuestion(page, n);
      await page.getByRole('radio', { name: optionLabel(items[n], 1, 'de'), exact: true }).click();
      // The option went on by itself; the habitual "Weiter" lands on the next question.
      await onQuestion(page, n + 1);
      await page.locator('.nav .button').last().click();
    }
    await onQuestion(page, 3);
    // Each of the three was answered, none skipped.
    await page.getByRole('button', { name: '← Zurück' }).click();
    await onQuestion(page, 2);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  });

  test('a double tap acts once', async ({ browser }, testInfo) => {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/?intro=0&variant=quick');
    await onQuestion(page, 0);
    const skip = page.getByRole('button', { name: 'Überspringen →' });
    await skip.tap();
    await skip.tap();
    await onQuestion(page, 1);
    await page.getByRole('button', { name: '← Zurück' }).tap();
    await onQuestion(page, 0);
    await context.close();
  });

  test('a held key moves one question', async ({ page }) => {
    await page.goto('/?intro=0&variant=quick');
    await onQuestion(page, 0);
    await expect(page.locator('#question-heading')).toBeFocused();
    await page.keyboard.down('ArrowRight');
    await page.keyboard.down('ArrowRight');
    await page.keyboard.down('ArrowRight');
    await page.keyboard.up('ArrowRight');
    await onQuestion(page, 1);
  });
});

// Item 3: a tab notices when another tab changed the saved check, and nothing is lost without
// the visitor choosing it.
test('two tabs: each notices the other, and the visitor decides which state counts', async ({ context }) => {
  const items = variantItems('quick');
  const a = await context.newPage();
  await a.goto('/?intro=0&variant=quick');
  for (let n = 0; n < 5; n++) {
    await atQuestion(a, n);
    await a.keyboard.press('2');
    await a.keyboard.press('Enter');
  }
  await expect(a.locator('.progress-text')).toContainText('Frage 6 von');
  const saved = () => a.evaluate(() => JSON.parse(localStorage.getItem('seller-check.session')));
  expect((await saved()).index).toBe(5);

  // Tab B is offered A's check, and starts a new one instead.
  const b = await context.newPage();
  await b.goto('/');
  await expect(b.getByRole('button', { name: 'Weitermachen' })).toBeVisible();
  await b.getByRole('link', { name: 'Vollständigen Check starten' }).click();
  await expect(b.getByRole('heading', { level: 2, name: variantItems('full')[0].text.de })).toBeVisible();

  // A notices, and keeps answering: nothing of B's is overwritten until A chooses.
  const question = a.getByRole('alert').filter({ hasText: 'in einem anderen Tab' });
  await expect(question).toBeVisible();
  await a.keyboard.press('3');
  // The key took effect on screen (the check saves in the same update), and nothing was saved.
  await expect(a.getByRole('radio', { checked: true })).toHaveCount(1);
  await a.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect((await saved()).variant).toBe('full');
  // Closing A now would lose its unsaved answer: the browser asks first.
  const asked = new Promise((resolve) => a.once('dialog', async (d) => { resolve(d.type()); await d.dismiss(); }));
  await a.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await expect(question).toBeVisible();
  // A continues here: its state is saved, and now B notices.
  await question.getByRole('button', { name: 'Hier weitermachen' }).click();
  await expect(question).toHaveCount(0);
  await expect.poll(async () => (await saved()).variant).toBe('quick');
  expect((await saved()).index).toBe(5);
  const inB = b.getByRole('alert').filter({ hasText: 'in einem anderen Tab' });
  await expect(inB).toBeVisible();
  // B takes A's state: on A's question 6, with A's answers.
  await inB.getByRole('button', { name: 'Den gespeicherten Stand übernehmen' }).click();
  await expect(b.getByRole('heading', { level: 2, name: items[5].text.de })).toBeVisible();
  await expect(b.getByRole('radio', { checked: true })).toHaveCount(1);
});

// Item 2: Back and Forward move inside the check; the check is left only from its start.
test('Back and Forward move between the questions, the result and the start', async ({ page }) => {
  const items = variantItems('quick');
  const on = async (n) => {
    await expect(page.getByRole('heading', { level: 2, name: items[n].text.de })).toBeVisible();
    await atQuestion(page, n);
  };
  const result = page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' });
  await page.goto('/');
  await page.getByRole('link', { name: 'Kurzcheck starten' }).click();
  for (let n = 0; n < 3; n++) {
    await on(n);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
  }
  await on(3);
  await page.goBack();
  await on(2);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await page.goBack();
  await on(1);
  await page.goForward();
  await on(2);
  for (let n = 2; n < items.length; n++) {
    await on(n);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
  }
  await expect(result).toBeVisible();
  await page.goBack();
  await on(items.length - 1);
  await page.goForward();
  await expect(result).toBeVisible();
  // From the result all the way back: the start, with the check offered; still this page.
  for (let n = items.length - 1; n >= 0; n--) {
    await page.goBack();
    await on(n);
  }
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Weitermachen' })).toBeVisible();
  await page.goForward();
  await on(0);
  // Forward to the result; a restart there discards the run, and Back stays on the start
  // (the run is not brought back) instead of leaving the page.
  for (let n = 0; n < items.length; n++) await page.goForward();
  await expect(result).toBeVisible();
  const url = page.url();
  await page.getByRole('button', { name: 'Neuen Check beginnen' }).click();
  await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  expect(page.url()).toBe(url);
});

test('Back and Forward through the screens of the second page behave like pages', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  await page.goto('/#workshop');
  await expect(page).toHaveURL(/\/more\.html#workshop$/);
  await expect(page.getByLabel(/^Ergebnislinks oder Codes einfügen/)).toBeVisible();
  await page.goto('/more.html#comparison');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/more\.html#workshop$/);
  await expect(page.getByLabel(/^Ergebnislinks oder Codes einfügen/)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('link', { name: 'Kurzcheck starten' })).toBeVisible();
  await page.goForward();
  await expect(page.getByLabel(/^Ergebnislinks oder Codes einfügen/)).toBeVisible();
});

// Item 3, its neighbour: a check of a hosted questionnaire is kept apart from the built-in
// one's, so opening one never discards or overwrites the other.
test('a check of a hosted questionnaire and the built-in check keep their own answers', async ({ page }) => {
  const items = variantItems('quick');
  await page.goto('/?intro=0&variant=quick');
  for (let n = 0; n < 3; n++) {
    await atQuestion(page, n);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.progress-text')).toContainText('Frage 4 von');
  // The same site also hosts its questionnaire as a file; a visitor opens it and answers one.
  await page.goto('/?questionnaire=default.json&intro=0&variant=quick');
  await atQuestion(page, 0);
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await expect(page.locator('.progress-text')).toContainText('Frage 2 von');
  // Back to the built-in check: its run is offered, on question 4 with its answers.
  await page.goto('/');
  await page.getByRole('button', { name: 'Weitermachen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: items[3].text.de })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 2, name: items[2].text.de })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  // And the hosted one resumes its own.
  await page.goto('/?questionnaire=default.json');
  await page.getByRole('button', { name: 'Weitermachen' }).click();
  await expect(page.locator('.progress-text')).toContainText('Frage 2 von');
});
