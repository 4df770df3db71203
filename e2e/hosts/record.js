// Test host: records what reaches this page, so the tests can read it as window.__events / __messages.
window.__events = [];   // DOM CustomEvents the loader dispatches on the widget's div
window.__messages = []; // every raw postMessage that reaches this window, from anywhere
window.__cspViolations = [];
for (const name of ['ready', 'started', 'progress', 'completed', 'resized']) {
  document.addEventListener(`seller-check:${name}`, (e) => {
    // Which widget of the page it came from: its index among the page's [data-seller-check] divs.
    const widget = [...document.querySelectorAll('[data-seller-check]')].indexOf(e.target);
    window.__events.push({ name, widget, detail: e.detail });
  });
}
window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
});
