/*! seller self-check loader, embed contract v1 (see docs/embedding.md). No dependencies. */
(() => {
  'use strict';
  // The widget lives next to this file. currentScript is null in a module or a callback.
  const me = document.currentScript || [...document.scripts].find((s) => /\/embed\.js([?#]|$)/.test(s.src));
  if (!me) return;
  const BASE = new URL('./', me.src).href;
  const ORIGIN = new URL(BASE).origin;
  const PREFIX = 'seller-check:v1:';
  const DONE = Symbol.for(PREFIX); // shared by copies of this file: a div is set up once
  const frames = new Map(); // contentWindow's iframe -> host element; only these are heard
  const mounted = new Set(); // elements this copy of the file made widgets of

  // Only values the widget understands go into its URL, so a typo gives the default, not an odd URL.
  const CHECKS = {
    lang: /^(de|en)$/, variant: /^(quick|full)$/, intro: /^0$/, theme: /^(light|dark)$/,
    accent: /^#([\da-f]{3}|[\da-f]{6})$/i, cta: /^(https?:\/\/|[^:]*$)/i, 'cta-label': /\S/, questionnaire: /\S/,
  };
  const css = (el, props) => Object.assign(el.style, props); // CSSOM: allowed by a CSP without 'unsafe-inline'
  const make = (tag, props) => Object.assign(document.createElement(tag), props);

  function src(el) {
    const q = new URLSearchParams({ embed: '1' });
    for (const [name, ok] of Object.entries(CHECKS)) {
      const v = (el.dataset[name === 'cta-label' ? 'ctaLabel' : name] || '').trim();
      if (v && ok.test(v)) q.set(name, v.slice(0, 500));
    }
    // No data-origins: the page that embeds the widget is the one that hears from it.
    const list = (el.dataset.origins ?? location.origin).split(',').flatMap((o) => {
      try { const u = new URL(o.trim()); return /^https?:$/.test(u.protocol) ? [u.origin] : []; } catch { return []; }
    });
    if (list.length) q.set('origins', list.join(','));
    return `${BASE}index.html?${q}`;
  }

  function frame(el) {
    const f = make('iframe', { src: src(el), title: el.dataset.title || 'Seller self-check', loading: 'lazy', allow: 'clipboard-write' });
    f.setAttribute('scrolling', 'no'); // the widget never scrolls; it reports its height instead
    css(f, { display: 'block', width: '100%', border: '0', height: '32rem' });
    frames.set(f, el);
    return f;
  }

  function popup(el) {
    const de = (el.dataset.lang || document.documentElement.lang).startsWith('de');
    const open = make('button', { type: 'button', className: 'seller-check-button', // the host styles it
      textContent: el.dataset.buttonLabel || (de ? 'Selbstcheck öffnen' : 'Open the self-check') });
    // A native modal <dialog>: top layer, inert page behind, Esc, all from the browser.
    const d = make('dialog', {});
    for (const [k, v] of [['role', 'dialog'], ['aria-modal', 'true'], ['aria-label', el.dataset.title || open.textContent]]) d.setAttribute(k, v);
    css(d, { overscrollBehavior: 'contain', padding: '0', border: '0', borderRadius: '.6rem', width: 'min(48rem, calc(100vw - 2rem))', colorScheme: CHECKS.theme.test(el.dataset.theme) ? el.dataset.theme : 'light dark' });
    const bar = make('div', {}); // sticky: the close button stays in reach while the dialog scrolls
    css(bar, { display: 'flex', justifyContent: 'flex-end', position: 'sticky', top: '0', background: 'Canvas' });
    const close = make('button', { type: 'button', textContent: '×', ariaLabel: el.dataset.closeLabel || (de ? 'Schließen' : 'Close') });
    css(close, { font: '1.5rem/1 sans-serif', padding: '.5rem .9rem', background: 'none', border: '0', color: 'CanvasText' });
    bar.append(close);
    let f;
    // Tab leaves a cross-origin frame without the host seeing the key: guards at both ends of
    // the dialog catch focus and send it round, so it stays inside.
    const guard = (to) => { // an empty span: focusable, yet takes no room
      const g = make('span', { tabIndex: 0 });
      g.addEventListener('focus', () => to().focus());
      return g;
    };
    d.append(guard(() => f || close), bar, guard(() => close));
    // While open, the host page does not scroll (the mouse wheel over the backdrop would move
    // it); on close its overflow and scroll position are as they were.
    let held = null;
    open.addEventListener('click', () => {
      if (!f) d.lastChild.before(f = frame(el)); // the widget loads on first open only
      // Both: some hosts scroll <body> rather than the page.
      const [root, body] = [document.documentElement, document.body];
      held = { overflow: root.style.overflow, bodyOverflow: body.style.overflow, x: window.scrollX, y: window.scrollY };
      root.style.overflow = body.style.overflow = 'hidden';
      d.showModal();
      close.focus();
    });
    d.addEventListener('close', () => {
      if (!held) return;
      document.documentElement.style.overflow = held.overflow;
      document.body.style.overflow = held.bodyOverflow;
      window.scrollTo(held.x, held.y);
      held = null;
    });
    close.addEventListener('click', () => d.close());
    // Keys pressed inside a cross-origin frame never reach this page, so the browser's own Esc
    // only works on our close button; the widget posts `escape` when Esc is pressed inside it.
    el.addEventListener('seller-check:escape', () => d.close());
    d.addEventListener('close', () => open.focus());
    return [open, d];
  }

  // What the loader put into each element, so that unmount takes exactly that away.
  const PARTS = Symbol.for(`${PREFIX}parts`);

  /** Turns `el` into a widget (its data-* attributes as for <div data-seller-check>); false if it is one. */
  function mount(el) {
    if (!(el instanceof Element) || el[PARTS]) return false;
    el[DONE] = true;
    el[PARTS] = el.dataset.mode === 'popup' ? popup(el) : [frame(el)];
    el.append(...el[PARTS]);
    mounted.add(el);
    return true;
  }

  /** Takes the widget out of `el` (a popup is closed first); false if there was none. The
   *  element is not set up again by itself, only by mount. */
  function unmount(el) {
    if (!el || !el[PARTS]) return false;
    for (const node of el[PARTS]) {
      if (node instanceof HTMLDialogElement && node.open) node.close();
      node.remove();
    }
    for (const [f, host] of frames) if (host === el) frames.delete(f);
    delete el[PARTS];
    mounted.delete(el);
    return true;
  }

  function setUp() {
    // A widget whose element left the page (a single-page portal's route change) is taken out
    // of it, so that the element, put back later (portals that keep route views), is set up anew.
    for (const el of mounted) {
      if (el.isConnected) continue;
      unmount(el);
      el[DONE] = false;
    }
    for (const el of document.querySelectorAll('[data-seller-check]')) if (!el[DONE]) mount(el);
  }

  // Elements added after load (single-page portals, route changes) become widgets too.
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => { queued = false; setUp(); });
  }).observe(document.documentElement, { childList: true, subtree: true });

  // The documented API (docs/embedding.md); the first copy of this file to run provides it.
  // A host that loads this file with `async` or later waits for `seller-check:loaded`.
  if (!window.sellerCheck) {
    window.sellerCheck = Object.freeze({ version: 1, mount, unmount });
    document.dispatchEvent(new CustomEvent('seller-check:loaded'));
  }

  window.addEventListener('message', (e) => {
    const data = e.data;
    if (e.origin !== ORIGIN || typeof data?.type !== 'string' || !data.type.startsWith(PREFIX)) return;
    const f = [...frames.keys()].find((k) => k.contentWindow === e.source);
    if (!f) return;
    const { type, ...detail } = data;
    const name = type.slice(PREFIX.length);
    if (name === 'resized' && Number.isFinite(detail.height) && detail.height >= 0) f.style.height = `${Math.ceil(detail.height)}px`;
    frames.get(f).dispatchEvent(new CustomEvent(`seller-check:${name}`, { detail, bubbles: true }));
  });

  setUp();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setUp);
})();
