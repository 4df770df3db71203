// Browser measurements with Playwright in one headless Debian Chromium: first-load bytes, time to the
// first interactive question, click -> next question painted, and memory after finishing.
// Each run gets a fresh browser context (empty cache and storage), and the targets take turns run by
// run, so a slow phase of the machine hits all of them alike.
import { chromium } from 'playwright-core';
import { instrument } from './instrument.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const APPS = {
  // index.html already carries the start screen (drawn at build time); its button counts once the
  // app runs, which writes its crash-screen texts onto #app after its first render.
  ours: { startText: 'Vollständigen Check starten', ready: 'html[data-app]', readyAttribute: 'data-app', heading: '#question-heading', result: '#result-heading' },
  surveyjs: { startText: null, heading: '.sd-question__title', result: '.sd-completedpage' },
};

/** Bytes of the first load: encoded (gzip) body sizes of the document and every resource so far. */
function loadBytes() {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  const files = entries.map((e) => ({ name: new URL(e.name).pathname, encoded: e.encodedBodySize, decoded: e.decodedBodySize, transfer: e.transferSize }));
  const sum = (k) => files.reduce((s, f) => s + f[k], 0);
  return { encoded: sum('encoded'), decoded: sum('decoded'), transfer: sum('transfer'), files };
}

/** Bytes of all WebAssembly.Memory buffers alive in the page, found through the inspector's heap (any page). */
async function wasmMemoryBytes(cdp) {
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId, returnByValue: true,
    functionDeclaration: 'function () { return this.reduce((s, m) => s + m.buffer.byteLength, 0); }',
  });
  return result.value;
}

/** JS heap in use after a full garbage collection, so the number does not depend on GC timing. */
async function heapBytes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Answers the questions by `mode` ('mouse': click an option; 'keyboard': digit then Enter) until the
 * result, or until `maxSteps` answers are given and the next question is painted.
 */
async function walk(page, mode, maxSteps) {
  for (let n = 1; ; n++) {
    // One round trip per question: wait in the page until question n is painted (as a person would
    // see it before answering), then return where to click, or null on the result.
    const target = await page.evaluate(async ({ n, mode }) => {
      const b = window.__bench;
      const t0 = performance.now();
      while (!(b.transitions.length >= n && b.transitions[n - 1].paint)) {
        if (performance.now() - t0 > 20000) return { stuck: document.title, transitions: b.transitions.length };
        await new Promise(requestAnimationFrame);
      }
      if (b.transitions[n - 1].kind === 'result') return null;
      if (mode === 'keyboard') return {};
      // The middle of an option row (its <label>), as a person would click it; answers vary.
      const rows = [...document.querySelectorAll('label')].filter((l) => l.querySelector('input[type=radio]'));
      const row = rows[n % rows.length];
      const r0 = row.getBoundingClientRect();
      if (r0.top < 0 || r0.bottom > innerHeight) row.scrollIntoView({ block: 'center' });
      // SurveyJS scrolls to the top after a page change; click where the row ends up: wait until it
      // and the scroll position hold still for three frames.
      const at = () => { const r = row.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2, key: `${r.left},${r.top},${r.height},${scrollY}` }; };
      for (let prev = null, still = 0, i = 0; i < 120 && still < 3; i++) {
        const now = at();
        still = prev && now.key === prev.key ? still + 1 : 0;
        prev = now;
        await new Promise(requestAnimationFrame);
      }
      return at();
    }, { n, mode });
    if (process.env.BENCH_DEBUG) console.log(`  step ${n}`, JSON.stringify(target));
    if (!target || (maxSteps && n > maxSteps)) return;
    if ('stuck' in target) throw new Error(`no question ${n} after 20 s: ${JSON.stringify(target)}`);
    if (mode === 'keyboard') {
      await page.keyboard.press(String(1 + (n % 3))); // selects (ours: digits 1-5, also for scenarios)
      await page.keyboard.press('Enter'); // goes on, without the pointer pause
    } else {
      await page.mouse.click(target.x, target.y);
    }
  }
}

async function oneRun(browser, target, mode, doWalk, maxSteps) {
  const context = await browser.newContext();
  let external = 0; // nothing may leave the machine: count and block anything not on loopback
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => { external++; return route.abort(); });
  await context.addInitScript(instrument, APPS[target.app]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(target.url, { waitUntil: 'commit' });
    if (target.app === 'ours') {
      await page.waitForFunction(() => window.__bench.marks.startButton, null, { polling: 'raf' });
      await page.getByRole('link', { name: APPS.ours.startText }).click();
    }
    await page.waitForFunction(() => window.__bench.marks.firstRadio && window.__bench.transitions[0]?.paint, null, { polling: 'raf' });
    const bytes = await page.evaluate(loadBytes);
    const heapAtFirst = await heapBytes(cdp);
    if (doWalk) {
      await walk(page, mode, maxSteps);
      await page.waitForTimeout(300); // let post-result effects (focus, storage) settle before measuring memory
    }
    const b = await page.evaluate(() => ({ ...window.__bench, wasmFromEvent: window.__bench.wasmFromEvent?.buffer.byteLength ?? null }));
    const [start, ...rest] = b.transitions;
    return {
      bytes, external, heapAtFirst,
      startButton: b.marks.startButton ?? null, // ours only: navigation -> start button clickable
      firstRadio: b.marks.firstRadio, // navigation -> first enabled radio (ours: includes the automated start click)
      startToRadio: start.input ? b.marks.firstRadio - start.input.t : null, // ours: start click -> first radio
      steps: doWalk ? rest.map((t) => ({ kind: t.kind, dom: t.dom - t.input.t, paint: t.paint - t.input.t })) : [],
      heapAfter: doWalk ? await heapBytes(cdp) : null,
      wasmAfter: doWalk ? await wasmMemoryBytes(cdp) : null,
      wasmFromEvent: doWalk ? b.wasmFromEvent : null,
    };
  } finally {
    await context.close();
  }
}

/**
 * series: [{ key, target: { app, url }, mode, runs, walkRuns, maxSteps }]: `runs` page loads, the
 * first `walkRuns` of them also answer (all questions, or the first `maxSteps`).
 * Returns { results: { key: [run results] }, chromium: version }.
 */
export async function measure(series, log = console.log) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const out = Object.fromEntries(series.map((s) => [s.key, []]));
  try {
    // One unrecorded load per target first: the very first page of a fresh browser pays for
    // process start-up and code caches that no later run sees.
    for (const s of series) await oneRun(browser, s.target, s.mode, false);
    const rounds = Math.max(...series.map((s) => s.runs));
    for (let r = 0; r < rounds; r++) {
      for (const s of series) {
        if (r >= s.runs) continue;
        const t0 = Date.now();
        const res = await oneRun(browser, s.target, s.mode, r < s.walkRuns, s.maxSteps);
        out[s.key].push(res);
        log(`  run ${r + 1} ${s.key}: ${res.bytes.encoded} B, first radio ${res.firstRadio.toFixed(0)} ms` +
          (res.steps.length ? `, ${res.steps.length} steps` : '') + ` (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      }
    }
    return { results: out, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}
