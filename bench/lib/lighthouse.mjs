// Lighthouse 12, mobile form factor, against the gzip-serving pages.
//  - lighthouseCli(url, runs): the standard navigation report of the CLI (`lighthouse URL ...`), run
//    `runs` times; returns the four category scores, LCP, TBT and total byte weight per run.
//  - lighthouseFlow(app, url): a user flow through the node API with puppeteer-core (which lighthouse
//    itself depends on): navigation, snapshot of the first question, timespan of answering every
//    question by pointer clicks, snapshot of the result screen.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startFlow } from 'lighthouse';
import { CHROMIUM_ARGS } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const LH_BIN = path.join(here, '..', 'node_modules', 'lighthouse', 'cli', 'index.js');
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');

/** The numbers the report shows, from one Lighthouse result (lhr). */
function pick(lhr) {
  const score = (c) => (lhr.categories[c] && lhr.categories[c].score != null ? Math.round(lhr.categories[c].score * 100) : null);
  const num = (a) => (lhr.audits[a] && lhr.audits[a].numericValue != null ? lhr.audits[a].numericValue : null);
  return {
    // a snapshot has no performance metrics: its performance "score" means nothing
    performance: lhr.gatherMode === 'snapshot' ? null : score('performance'), accessibility: score('accessibility'),
    bestPractices: score('best-practices'), seo: score('seo'),
    lcp: num('largest-contentful-paint'), tbt: num('total-blocking-time'), bytes: num('total-byte-weight'),
    cls: num('cumulative-layout-shift'), inp: num('interaction-to-next-paint'),
  };
}

export async function lighthouseCli(url, runs, outDir, label) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(outDir, `lighthouse-${label}-${i + 1}.json`);
    await promisify(execFile)(process.execPath, [LH_BIN, url, `--chrome-flags=${CHROME_FLAGS}`, '--form-factor=mobile',
      '--output=json', `--output-path=${out}`, '--quiet'], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
    results.push(pick(JSON.parse(fs.readFileSync(out, 'utf8'))));
  }
  return results;
}

const SEL = {
  ours: { heading: '#question-heading', result: '#result-heading', start: 'Vollständigen Check starten', ready: 'html[data-app]' },
  surveyjs: { heading: '.sd-question__title', result: '.sd-completedpage', start: null },
};

/** Clicks an option row of every question until the result shows (like measure.mjs, but puppeteer). */
async function answerAll(page, sel) {
  for (let n = 1; n < 1000; n++) {
    const t = await page.evaluate(async (sel, n) => {
      if (document.querySelector(sel.result)) return null;
      const rows = [...document.querySelectorAll('label')].filter((l) => l.querySelector('input[type=radio]'));
      const row = rows[n % rows.length];
      row.scrollIntoView({ block: 'center' });
      for (let prev = '', i = 0; i < 120; i++) { // wait for entry animations to settle
        const r = row.getBoundingClientRect(), now = `${r.left},${r.top},${r.width},${r.height}`;
        if (now === prev) return { x: r.left + r.width / 2, y: r.top + r.height / 2, heading: document.querySelector(sel.heading).textContent };
        prev = now;
        await new Promise(requestAnimationFrame);
      }
      return null;
    }, sel, n);
    if (!t) return;
    await page.mouse.click(t.x, t.y);
    await page.waitForFunction((sel, prev) => document.querySelector(sel.result) ||
      (document.querySelector(sel.heading) && document.querySelector(sel.heading).textContent !== prev), {}, sel, t.heading);
  }
}

export async function lighthouseFlow(app, url, outDir) {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, { name: `${app} user flow` });
    const sel = SEL[app];
    await flow.navigate(url, { name: app === 'ours' ? 'start page' : 'first question' });
    if (sel.start) {
      // ours: the start screen first; a click on "Vollständigen Check starten" shows the first question
      await page.waitForSelector(sel.ready);
      const [button] = await page.$$(`xpath/.//a[contains(., "${sel.start}")]`);
      await button.click();
      await page.waitForSelector(sel.heading);
    }
    await flow.snapshot({ name: 'question screen' });
    await flow.startTimespan({ name: 'answering every question' });
    await answerAll(page, sel);
    await page.waitForSelector(sel.result);
    await flow.endTimespan();
    await flow.snapshot({ name: 'result screen' });
    const result = await flow.createFlowResult();
    fs.writeFileSync(path.join(outDir, `lighthouse-flow-${app}.json`), JSON.stringify(result));
    return result.steps.map((s) => ({ name: s.name, mode: s.lhr.gatherMode, ...pick(s.lhr) }));
  } finally {
    await browser.close();
  }
}

/** Ours' result screen has an address of its own: a full check answered by clicks, then its share link. */
export async function oursResultUrl(url) {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector(SEL.ours.ready);
    const [button] = await page.$$(`xpath/.//a[contains(., "${SEL.ours.start}")]`);
    await button.click();
    await page.waitForSelector(SEL.ours.heading);
    await answerAll(page, SEL.ours);
    await page.waitForSelector(SEL.ours.result);
    return await page.$eval('#share-link', (i) => i.value);
  } finally {
    await browser.close();
  }
}
