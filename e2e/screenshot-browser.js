// The headless Chromium the screenshot scripts share, and their output folder.
const { chromium } = require('playwright-core');

/** Creates `out` and launches Debian's Chromium as the tests do. */
async function screenshotBrowser(out) {
  require('fs').mkdirSync(out, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

module.exports = { screenshotBrowser };
