// Start-up of the first page (index.html), before the wasm; see scripts/post_build.py.
// The fragment patterns below are src/model/fragments.rs's MORE_PAGE_PATTERN and
// QUESTIONNAIRE_NOW_PATTERN (tests/model_fragments.rs holds this script to them).

// 1. The screens most visitors never open live on the second page (src/ui/screens/more.rs): go there
//    before any wasm starts. The wasm does the same for a link pasted into an open tab.
if (/^#(workshop|comparison|results)$|^#(compare|invite|then|remind)=/.test(location.hash)) {
  location.replace('more.html' + location.search + location.hash);
  await new Promise(() => {});
}

// 2. A shared result, a workshop participant's check or a check without start screen needs the
//    questionnaire at once: it loads alongside the wasm (the app's request then takes this response).
if ((/^#(r|join)=/.test(location.hash) || /[?&]intro=0/.test(location.search))
  && !/[?&]questionnaire=/.test(location.search)) {
  document.head.append(Object.assign(document.createElement('link'),
    { rel: 'preload', href: 'default.bin', as: 'fetch', crossOrigin: 'anonymous' }));
}

// 3. index.html carries the start screen drawn at build time (German, not embedded); its
//    controls are links that work before the app runs, and the app adopts it as it is
//    (src/platform/first_screen.rs). Where the app opens on something else (a query, settings on
//    #app, a fragment, English chosen before, a check kept to resume, blocked storage and its
//    notice) it goes now, so it never shows ahead of the app.
{
  const app = document.getElementById('app');
  let other = location.search || location.hash || Object.keys(app.dataset).length;
  try {
    other ||= localStorage.getItem('seller-check.lang') === 'en'
      || localStorage.getItem('seller-check.session') !== null;
  } catch (_) {
    other = true;
  }
  if (other) app.textContent = '';
}

// 4. A workshop participant's result file (src/ui/components/share_section.rs, a download link):
//    where the browser can share files (phones), the system's share sheet offers it instead.
document.addEventListener('click', (e) => {
  const a = e.target.closest?.('a[data-share-file]');
  if (!a || !navigator.canShare) return;
  const file = new File([decodeURIComponent(a.href.slice(a.href.indexOf(',') + 1))], a.download, { type: 'text/plain' });
  if (!navigator.canShare({ files: [file] })) return;
  e.preventDefault();
  navigator.share({ files: [file] }).catch(() => {});
});
