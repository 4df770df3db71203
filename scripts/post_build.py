#!/usr/bin/env python3
"""Trunk post-build hook.

1. Moves Trunk's inline start-up script into its own file. Trunk 0.21 always writes the wasm
   start-up inline (trunk-rs/trunk#288); a strict Content-Security-Policy (script-src 'self'
   'wasm-unsafe-eval', no 'unsafe-inline') would block it.
   The file also carries the panic screen (scripts/crash.js), installed before the wasm starts.
2. Release builds only: merges the style sheets into one file minified by lightningcss, shortens
   wasm-bindgen's long import/export names in the wasm and its glue (scripts/short_names.py),
   and minifies the glue and the start-up script with terser (npm, e2e/node_modules), keeping
   the integrity attributes right. Trunk's own `minify` leaves the glue as it is and rewrites
   index.html without attribute quotes, so it stays off.
3. First page only: writes the first screen, drawn at build time (scripts/build_release,
   src/bin/prerender.rs), into `<div id="app">`, so the start screen shows before the wasm
   loads, for the app to adopt (src/platform/first_screen.rs); the boot script empties it where
   the app's first screen differs (scripts/first_page.js).
4. Writes the questionnaire: default.bin as the app reads it (build.rs wrote it to
   target/shipped/), and default.json for hosts who adapt it, without the keying rationales (for
   reviewers of content/default.json, not for visitors) and without whitespace.
5. First page only: takes over the second page's and the studio's files (built before into
   $MORE_DIST and $STUDIO_DIST, see scripts/build_release) and writes the service worker with the list of the first page's
   files and a version derived from every file, so a new release replaces the cached one.
   The second page is cached when first opened (scripts/sw.js).
"""
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import short_names  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TERSER = os.path.join(HERE, "..", "e2e", "node_modules", ".bin", "terser")
LIGHTNINGCSS = os.path.join(HERE, "..", "e2e", "node_modules", ".bin", "lightningcss")
staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
release = os.environ.get("TRUNK_PROFILE", "release") == "release"
page = os.path.basename(os.environ.get("TRUNK_HTML_FILE", "index.html"))
more_dist = os.environ.get("MORE_DIST", "")
studio_dist = os.environ.get("STUDIO_DIST", "")
first_screen = os.environ.get("FIRST_SCREEN", "")

# The first page's start-up before the wasm: it hands some links to the second page and takes
# care of the start screen drawn at build time (scripts/first_page.js).
FIRST_PAGE = open(os.path.join(HERE, "first_page.js"), encoding="utf-8").read()

REGISTER = """
// Offline support: cache the app after the first visit. Blocked (sandbox, private mode): no matter.
try {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('./sw.js').catch(() => {});
    // On a first visit the page and its files (the questionnaire named by ?questionnaire=,
    // the second page's wasm) load before the worker runs, and the page may never come under
    // its control: the worker is told to keep each of them (those still loading as they end).
    const nav = performance.getEntriesByType('navigation')[0];
    if (!(nav && nav.workerStart > 0)) {
      navigator.serviceWorker.ready.then((reg) => {
        const keep = (urls) => reg.active && reg.active.postMessage({ keep: urls });
        keep([location.href]);
        new PerformanceObserver((list) => keep(list.getEntries().map((e) => e.name)))
          .observe({ type: 'resource', buffered: true });
      }).catch(() => {});
    }
  }
} catch (_) { /* no service worker here */ }
"""


def read(name: str) -> str:
    return open(os.path.join(staging, name), encoding="utf-8").read()


def write(name: str, text: str) -> None:
    open(os.path.join(staging, name), "w", encoding="utf-8").write(text)


def sri(name: str) -> str:
    data = open(os.path.join(staging, name), "rb").read()
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def minify_js(name: str, module: bool = True) -> None:
    """Minifies `name` with terser; `module` false for a classic script (the QR reader's
    worker glue, whose top-level `wasm_bindgen` its loader calls, keeps its top-level names)."""
    if not os.path.exists(TERSER):
        sys.exit(f"post_build: {TERSER} missing, run scripts/setup")
    path = os.path.join(staging, name)
    kind = ["--module"] if module else []
    subprocess.run([TERSER, path, *kind, "--compress", "--mangle", "-o", path], check=True)


def minify_css(css: str) -> str:
    """The style sheet minified by lightningcss (npm lightningcss-cli, e2e/node_modules)."""
    if not os.path.exists(LIGHTNINGCSS):
        sys.exit(f"post_build: {LIGHTNINGCSS} missing, run scripts/setup")
    done = subprocess.run([LIGHTNINGCSS, "--minify"],
                          input=css, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not done.stdout:
        sys.exit(f"post_build: lightningcss failed: {done.stderr}")
    return done.stdout.strip()


def merge_styles(html: str) -> str:
    """The style sheets, in their order, as one minified file in place of the first link."""
    links = list(re.finditer(r'<link rel="stylesheet" href="\./([^"]+\.css)"[^>]*>\s*', html))
    if not links:
        return html
    css = "\n".join(read(m.group(1)) for m in links)
    merged = minify_css(css)
    name = f"styles-{hashlib.sha256(merged.encode()).hexdigest()[:16]}.css"
    write(name, merged)
    for m in links:
        os.remove(os.path.join(staging, m.group(1)))
    tag = f'<link rel="stylesheet" href="./{name}" integrity="{sri(name)}"/>\n  '
    for m in reversed(links[1:]):
        html = html[: m.start()] + html[m.end():]
    first = links[0]
    return html[: first.start()] + tag + html[first.end():]


def move_boot_script(html: str) -> str:
    match = re.search(r'<script type="module"(?: nonce="[^"]*")?>(.*?)</script>', html, re.S)
    if not match:
        sys.exit(f"post_build: no inline module script in {page}")
    crash = open(os.path.join(HERE, "crash.js"), encoding="utf-8").read()
    before = FIRST_PAGE if page == "index.html" else ""
    # The worker's registration first: a page that loaded without it must hear it take over.
    body = crash + "\n" + REGISTER + "\n" + before + match.group(1).strip()
    name = f"boot-{hashlib.sha256(body.encode()).hexdigest()[:16]}.js"
    write(name, body)
    if release:
        minify_js(name)
    html = html[: match.start()] + f'<script type="module" src="./{name}"></script>' + html[match.end():]
    if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
        sys.exit(f"post_build: inline script left in {page}")
    return html


def set_integrity(html: str, name: str) -> str:
    """The integrity attribute of the tag that loads `name`, recomputed."""
    m = re.search(rf'<link [^>]*href="\./{re.escape(name)}"[^>]*>', html)
    if not m:
        sys.exit(f"post_build: no link to {name} in {page}")
    tag = re.sub(r'integrity="[^"]*"', f'integrity="{sri(name)}"', m.group(0))
    return html.replace(m.group(0), tag)


def minify_glue(html: str) -> str:
    """The wasm-bindgen glue with short names, minified; the preloads' integrity follows."""
    for m in re.finditer(r'<link rel="modulepreload" href="\./([^"]+)\.js"[^>]*>', html):
        name, wasm = m.group(1) + ".js", m.group(1) + "_bg.wasm"
        path = os.path.join(staging, wasm)
        code, glue = short_names.shorten(open(path, "rb").read(), read(name))
        open(path, "wb").write(code)
        write(name, glue)
        html = set_integrity(html, wasm)
        minify_js(name)
        html = set_integrity(html, name)
    return html


def listing() -> list:
    return sorted(f for f in os.listdir(staging) if f != "sw.js" and os.path.isfile(os.path.join(staging, f)))


def take_over(dist: str, page_name: str) -> None:
    """Another page's files (the second page, the studio) next to the first page's (same-named
    ones are the same file)."""
    if not dist:
        return
    if not os.path.exists(os.path.join(dist, page_name)):
        sys.exit(f"post_build: {dist}/{page_name} missing, build {page_name} first")
    for f in os.listdir(dist):
        if f != "sw.js" and not os.path.exists(os.path.join(staging, f)):
            shutil.copy(os.path.join(dist, f), os.path.join(staging, f))


def write_service_worker(files: list) -> None:
    digest = hashlib.sha256()
    for f in listing():
        digest.update(f.encode())
        digest.update(open(os.path.join(staging, f), "rb").read())
    sw = open(os.path.join(HERE, "sw.js"), encoding="utf-8").read()
    sw = sw.replace("__VERSION__", digest.hexdigest()[:16]).replace("__FILES__", json.dumps(["./"] + [f"./{f}" for f in files]))
    write("sw.js", sw)


def ship_questionnaire() -> None:
    """The questionnaire three times: default.bin and default-more.bin, the binary forms
    build.rs wrote for the first and the second page (target/shipped/, whose fingerprints the
    app knows; the first page's without the texts only the second shows), and default.json for hosts
    who adapt it, without the `rationale` review notes and whitespace. The app never fetches
    default.json, so the service worker does not cache it either."""
    path = os.path.join(staging, "default.json")
    if not os.path.exists(path):
        return
    for name in ("default.bin", "default-more.bin"):
        shutil.copyfile(os.path.join(HERE, "..", "target", "shipped", name), os.path.join(staging, name))
    def strip(node):
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k != "rationale"}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node
    data = strip(json.load(open(path, encoding="utf-8")))
    write("default.json", json.dumps(data, ensure_ascii=False, separators=(",", ":")))


ship_questionnaire()
# Trunk writes every target page as index.html; the second page gets its own name here.
html = move_boot_script(read("index.html"))
if release:
    html = minify_glue(merge_styles(html))
    # The QR reader's worker (second page): its wasm-bindgen glue, a classic script.
    if os.path.exists(os.path.join(staging, "seller-check-qr.js")):
        minify_js("seller-check-qr.js", module=False)
write("index.html", html)
if page != "index.html":
    os.replace(os.path.join(staging, "index.html"), os.path.join(staging, page))
if page == "index.html":
    drawn = open(first_screen, encoding="utf-8").read() if first_screen else ""
    if drawn:
        if '<div id="app"></div>' not in html:
            sys.exit("post_build: no empty <div id=\"app\"> in index.html")
        html = html.replace('<div id="app"></div>', f'<div id="app">{drawn}</div>')
        # No preload of the wasm: the start screen needs none of it, and the page's own style
        # sheet and text come first; the boot script fetches it once the screen is painted.
        html, n = re.subn(r'<link rel="preload" href="\./[^"]+_bg\.wasm"[^>]*>', "", html)
        if n != 1:
            sys.exit("post_build: no wasm preload in index.html")
        write("index.html", html)
    first = [f for f in listing() if f not in ("default.json", "default-more.bin")]
    take_over(more_dist, "more.html")
    take_over(studio_dist, "studio.html")
    write_service_worker(first)
