// Start-up of the first page (index.html), before and after the wasm; see scripts/post_build.py.

// 1. The screens most visitors never open live on the second page (src/ui/more.rs): go there
//    before any wasm starts. The wasm does the same for a link pasted into an open tab.
if (/^#(workshop|comparison)$|^#(compare|invite)=/.test(location.hash)) {
  location.replace('more.html' + location.search + location.hash);
  await new Promise(() => {});
}

// 2. A shared result, a workshop participant's check or a check without start screen needs the
//    questionnaire at once: it loads alongside the wasm (the app's request then takes this response).
if ((/^#(r|join)=/.test(location.hash) || /[?&]intro=0/.test(location.search))
  && !/[?&]questionnaire=/.test(location.search)) {
  document.head.append(Object.assign(document.createElement('link'),
    { rel: 'preload', href: 'default.json', as: 'fetch', crossOrigin: 'anonymous' }));
}

// 3. A button redrawn under the focus or under a pressed pointer keeps it: the start screen is
//    drawn three times (at build time, by the app, again once the questionnaire has arrived),
//    each time with new elements. Only to a button reading the same (its twin).
const app = document.getElementById('app');
const twin = (b) => [...app.querySelectorAll('button')].find((x) => x.textContent === b.textContent);
{
  let last = null;
  app.addEventListener('focusin', (e) => { last = e.target.closest('button'); });
  new MutationObserver(() => {
    if (!last || last.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
    twin(last)?.focus(); // focusin makes it the last one
  }).observe(app, { childList: true, subtree: true });
  // A press begun on a button and released on its twin: the browser sends that click to no button.
  let pressed = null;
  app.addEventListener('pointerdown', (e) => { pressed = e.target.closest('button'); });
  document.addEventListener('pointerup', (e) => {
    const from = pressed;
    pressed = null;
    const button = from && !from.isConnected && document.elementFromPoint(e.clientX, e.clientY)?.closest('button');
    if (!button || button !== twin(from)) return;
    let reached = false;
    document.addEventListener('click', (c) => { reached = button.contains(c.target); }, { capture: true, once: true });
    // A click comes in the pointerup's task; the screen may have been drawn anew since.
    setTimeout(() => reached || twin(from)?.click(), 0);
  }, true);
}

// 4. index.html carries the start screen drawn at build time (German, not embedded). The app
//    draws something else with a query (embed, language, variant, custom questionnaire), with
//    settings on #app (a self-hosted copy), a fragment (shared result, workshop session) or
//    English chosen before: then it goes now.
const firstScreen = (() => {
  try {
    if (location.search || location.hash || Object.keys(app.dataset).length
      || localStorage.getItem('seller-check.lang') === 'en') app.textContent = '';
  } catch (_) { /* storage blocked: the app cannot read a language either, German it is */ }
  if (!app.firstChild) return null;
  // A click on one of its buttons before the app has drawn it anew goes to its twin, once.
  const drawn = [...app.querySelectorAll('button')];
  let clicked = null;
  const onclick = (e) => { clicked = drawn.find((b) => b.contains(e.target)) ?? clicked; };
  app.addEventListener('click', onclick);
  return {
    // The app draws the screen anew once its main part has painted, so the browser takes that
    // first paint as the page's largest (Chromium drops a candidate removed before its paint is
    // reported). Where the browser does not report it (other engines, a hidden tab): one frame,
    // at most 200 ms.
    painted: () => new Promise((go) => {
      setTimeout(go, 200);
      if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
        const inMain = (list) => list.getEntries().some((e) => e.element && e.element.closest('main'));
        new PerformanceObserver((list) => inMain(list) && go()).observe({ type: 'largest-contentful-paint', buffered: true });
      } else requestAnimationFrame(() => setTimeout(go, 0));
    }),
    handOver: async () => {
      app.removeEventListener('click', onclick);
      await new Promise((r) => setTimeout(r, 0)); // the app's first render has run
      if (clicked) twin(clicked)?.click();
    },
  };
})();
if (firstScreen) await firstScreen.painted();
