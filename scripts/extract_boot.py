#!/usr/bin/env python3
"""Trunk post-build hook: moves Trunk's inline start-up script into its own file.

Trunk 0.21 always writes the wasm start-up as an inline <script type="module"> (trunk-rs/trunk#288).
A strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no 'unsafe-inline') blocks it,
so the script moves to boot-<hash>.js and index.html loads it by src.
"""
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
for page in ("index.html",):
    path = os.path.join(staging, page)
    html = open(path, encoding="utf-8").read()
    match = re.search(r'<script type="module"(?: nonce="[^"]*")?>(.*?)</script>', html, re.S)
    if not match:
        sys.exit(f"extract_boot: no inline module script in {path}")
    body = match.group(1).strip() + "\n"
    name = f"boot-{hashlib.sha256(body.encode()).hexdigest()[:16]}.js"
    open(os.path.join(staging, name), "w", encoding="utf-8").write(body)
    html = html[: match.start()] + f'<script type="module" src="./{name}"></script>' + html[match.end():]
    if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
        sys.exit(f"extract_boot: inline script left in {path}")
    open(path, "w", encoding="utf-8").write(html)
