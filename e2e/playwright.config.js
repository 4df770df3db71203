// Playwright against the release dist/, served on 127.0.0.1, in Debian Chromium.
const { defineConfig } = require('@playwright/test');

const PORT = 4173;
const CSP_PORT = 4174;
const PANIC_PORT = 4175;
// E2E_OWN_SERVERS=1: fail instead of reusing a server another checkout on this machine started.
const reuse = !process.env.E2E_OWN_SERVERS;
// E2E_DIST=folder: test another build (e.g. one with a broken wasm, to see the tests fail).
const DIST = process.env.E2E_DIST ?? '../dist';

module.exports = defineConfig({
  testDir: './tests',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // Reuse a server already on a port (another run on this machine serves the same folders).
  webServer: [
    { command: `python3 serve.py ${PORT} ${DIST}`, url: `http://127.0.0.1:${PORT}/`, timeout: 30_000, reuseExistingServer: reuse },
    // The same dist/ under the strict Content-Security-Policy of partner portals.
    { command: `python3 serve.py ${CSP_PORT} ${DIST} --csp`, url: `http://127.0.0.1:${CSP_PORT}/`, timeout: 30_000, reuseExistingServer: reuse },
    // A test build whose questions panic on "!" (cargo feature panic-trigger), never shipped.
    { command: `python3 serve.py ${PANIC_PORT} ../target/dist-panic`, url: `http://127.0.0.1:${PANIC_PORT}/`, timeout: 30_000, reuseExistingServer: reuse },
    // Partner-portal host pages for the embed tests, on two other origins: 4177 is allowed, 4178 is not.
    { command: 'python3 serve.py 4177 hosts', url: 'http://127.0.0.1:4177/inline.html', timeout: 30_000, reuseExistingServer: reuse },
    { command: 'python3 serve.py 4178 hosts', url: 'http://127.0.0.1:4178/inline.html', timeout: 30_000, reuseExistingServer: reuse },
  ],
});
