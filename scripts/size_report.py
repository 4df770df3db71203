#!/usr/bin/env python3
"""Size report of dist/: every file raw and gzip, and the gzip total of the first page load.

The first load is everything the first page fetches before the visitor acts: index.html, every
file it references (scripts, styles, the wasm its start-up script fetches) and the built-in
questionnaire (`default.bin`), which the app requests right after its first render.
Fails (exit 1) when that total exceeds the budget.
"""
import gzip
import os
import re
import sys

# Issue 16: everything fetched before the visitor acts stays within 170 KB gzip (issue 8 set
# 150 KB for the page and its wasm alone, which the questionnaire came on top of).
BUDGET_KB = float(os.environ.get("SIZE_BUDGET_KB", "170"))


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def page_load(dist: str, page: str) -> set:
    """The page, every file it names (scripts, styles, the wasm its start-up script fetches)
    and, for the first page, the questionnaire its app fetches after the first render."""
    html = open(os.path.join(dist, page), encoding="utf-8").read()
    refs = set(re.findall(r'(?:href|src)="\.?/?([^"#?]+)"', html))
    files = {page} | {r for r in refs if os.path.exists(os.path.join(dist, r))}
    # The wasm is fetched by the start-up script (no preload on the first page), not named in a tag.
    for js in [f for f in files if f.endswith(".js")]:
        text = open(os.path.join(dist, js), encoding="utf-8").read()
        files |= {w for w in re.findall(r"[\w-]+_bg\.wasm", text) if os.path.exists(os.path.join(dist, w))}
    if page == "index.html" and os.path.exists(os.path.join(dist, "default.bin")):
        files.add("default.bin")
    return files


def main(dist: str) -> int:
    rows = []
    for root, _, files in os.walk(dist):
        for name in sorted(files):
            path = os.path.join(root, name)
            data = open(path, "rb").read()
            rows.append((os.path.relpath(path, dist), len(data), gz(data)))
    rows.sort()
    first = page_load(dist, "index.html")
    if not any(p.endswith("_bg.wasm") for p in first):
        print("FAILED: index.html names no wasm")
        return 1
    width = max(len(p) for p, _, _ in rows)
    print(f"{'file'.ljust(width)}  {'raw KB':>9}  {'gzip KB':>9}  first load")
    for p, raw, z in rows:
        print(f"{p.ljust(width)}  {raw / 1024:9.1f}  {z / 1024:9.1f}  {'yes' if p in first else ''}")
    total = sum(z for p, _, z in rows if p in first) / 1024
    if os.path.exists(os.path.join(dist, "more.html")):
        more = page_load(dist, "more.html")
        more_kb = sum(z for p, _, z in rows if p in more) / 1024
        print(f"\nSecond page (more.html: workshop, comparisons, outside views; gzip): {more_kb:.1f} KB")
        # The QR reader's worker (src/qr_worker.rs): its loader, glue and wasm, fetched when the
        # workshop view opens, by no other screen.
        reader = [p for p, _, _ in rows if p.startswith("seller-check-qr")]
        if reader:
            reader_kb = sum(z for p, _, z in rows if p in reader) / 1024
            print(f"Workshop view's QR reader (a worker: {', '.join(reader)}; gzip): {reader_kb:.1f} KB more")
    if os.path.exists(os.path.join(dist, "studio.html")):
        # The questionnaire studio (issue 20), a page of its own for authors; no visitor loads it.
        studio = page_load(dist, "studio.html")
        studio_kb = sum(z for p, _, z in rows if p in studio) / 1024
        print(f"Questionnaire studio (studio.html, for authors; gzip): {studio_kb:.1f} KB")
    print(f"\nFirst load, everything fetched before the visitor acts (gzip): {total:.1f} KB of a {BUDGET_KB:.0f} KB budget")
    if total > BUDGET_KB:
        print("FAILED: over the size budget")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
