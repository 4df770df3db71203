#!/usr/bin/env python3
"""Trunk post-build hook.

1. Moves Trunk's inline start-up script into its own file. Trunk 0.21 always writes the wasm
   start-up inline (trunk-rs/trunk#288); a strict Content-Security-Policy (script-src 'self'
   'wasm-unsafe-eval', no 'unsafe-inline') would block it.
   The file also carries the panic screen (scripts/crash.js), installed before the wasm starts.
2. Writes the service worker with the list of this release's files and a version derived
   from their contents, so a new release replaces the cached one.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")

REGISTER = """
// Offline support: cache the app after the first visit. Blocked (sandbox, private mode): no matter.
try {
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('./sw.js').catch(() => {});
} catch (_) { /* no service worker here */ }
"""

path = os.path.join(staging, "index.html")
html = open(path, encoding="utf-8").read()
match = re.search(r'<script type="module"(?: nonce="[^"]*")?>(.*?)</script>', html, re.S)
if not match:
    sys.exit(f"post_build: no inline module script in {path}")
crash = open(os.path.join(HERE, "crash.js"), encoding="utf-8").read()
body = crash + "\n" + match.group(1).strip() + "\n" + REGISTER
name = f"boot-{hashlib.sha256(body.encode()).hexdigest()[:16]}.js"
open(os.path.join(staging, name), "w", encoding="utf-8").write(body)
html = html[: match.start()] + f'<script type="module" src="./{name}"></script>' + html[match.end():]
if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
    sys.exit(f"post_build: inline script left in {path}")
open(path, "w", encoding="utf-8").write(html)

files = sorted(f for f in os.listdir(staging) if f != "sw.js" and os.path.isfile(os.path.join(staging, f)))
digest = hashlib.sha256()
for f in files:
    digest.update(f.encode())
    digest.update(open(os.path.join(staging, f), "rb").read())
sw = open(os.path.join(HERE, "sw.js"), encoding="utf-8").read()
sw = sw.replace("__VERSION__", digest.hexdigest()[:16]).replace("__FILES__", json.dumps(["./"] + [f"./{f}" for f in files]))
open(os.path.join(staging, "sw.js"), "w", encoding="utf-8").write(sw)
