// Panic screen. The release build aborts on a Rust panic: the wasm instance traps and the trap
// reaches the page as a WebAssembly.RuntimeError, out of whatever callback was running. Replace the
// app with the error screen whose localized texts the app keeps in data-crash-* attributes on its
// mount point (src/platform/panic_screen.rs). Stored answers stay untouched.
const showCrash = (error) => {
  if (!(error instanceof WebAssembly.RuntimeError)) return;
  const root = document.querySelector('[data-crash-title]');
  if (!root || root.querySelector('.crash')) return;
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const section = el('section', '', 'crash');
  section.setAttribute('role', 'alert');
  // A link, not a scripted button: it works with the wasm instance gone.
  const restart = el('a', root.dataset.crashRestart, 'button primary');
  restart.href = './';
  section.append(el('h1', root.dataset.crashTitle), el('p', root.dataset.crashBody), restart);
  root.replaceChildren(section);
};
addEventListener('error', (event) => showCrash(event.error));
addEventListener('unhandledrejection', (event) => showCrash(event.reason));
