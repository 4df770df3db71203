// Runs inside the page before any of its own scripts (Playwright addInitScript), identically for
// ours and SurveyJS. It only observes: a MutationObserver notes when the start button, the first
// enabled radio and each new question (or the result) enter the DOM, and a capturing listener notes
// the user input that caused it. Times are performance.now(), i.e. ms since navigation start, the
// same clock as Event.timeStamp.
export function instrument(cfg) {
  const b = (window.__bench = { marks: {}, transitions: [], wasmFromEvent: null });
  // Trunk's start-up script fires this with the wasm exports, whose `memory` is the WebAssembly.Memory.
  addEventListener('TrunkApplicationStarted', (e) => { b.wasmFromEvent = e.detail && e.detail.wasm && e.detail.wasm.memory; });

  // The input that the next transition is attributed to: the first trusted click, or Enter keydown
  // (ours' keyboard path: a digit selects, Enter goes on), since the previous transition.
  let pending = null;
  const note = (kind) => (e) => { if (e.isTrusted && !pending && (kind === 'click' || e.key === 'Enter')) pending = { kind, t: e.timeStamp }; };
  addEventListener('click', note('click'), true);
  addEventListener('keydown', note('enter'), true);

  let shown = null;
  const what = () => {
    const h = document.querySelector(cfg.heading);
    if (h) return 'Q:' + h.textContent.trim();
    return document.querySelector(cfg.result) ? 'RESULT' : null;
  };
  const check = () => {
    const now = performance.now();
    if (cfg.startText && !b.marks.startButton) {
      const btn = [...document.querySelectorAll('button, a')].find((x) => x.textContent.includes(cfg.startText));
      if (btn && !btn.disabled && (!cfg.ready || document.querySelector(cfg.ready))) b.marks.startButton = now;
    }
    if (!b.marks.firstRadio && document.querySelector('input[type=radio]:not(:disabled)')) b.marks.firstRadio = now;
    const k = what();
    if (k && k !== shown) {
      shown = k;
      const rec = { kind: k === 'RESULT' ? 'result' : 'question', input: pending, dom: now, paint: null };
      pending = null;
      b.transitions.push(rec);
      // "Painted": the next animation frame after the new content is in the DOM.
      requestAnimationFrame(() => { rec.paint = performance.now(); });
    }
  };
  const ready = cfg.readyAttribute ? { attributes: true, attributeFilter: [cfg.readyAttribute] } : {};
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, ...ready });
}
