#!/usr/bin/env python3
"""Fails when source files import each other, directly or around a circle (issue 16).

Reads every `src/**/*.rs`, takes each `use crate::…` / `use super::…` path (also inside braces)
to the file it names, and reports every strongly connected group of more than one file.
Only `use` lines with `crate::` or `super::` count (a `mod.rs` declaring or re-exporting its
children with `pub mod x;` / `pub use x::…` names no file of its own).
Own code rather than `cargo modules`: that tool needs a nightly-only rust-analyzer build here.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
if "--root" in sys.argv:
    ROOT = sys.argv[sys.argv.index("--root") + 1]


def module_of(path):
    rel = os.path.relpath(path, ROOT)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return rel


def file_of(parts, files):
    """The file that defines module path `parts` (or its longest prefix)."""
    for n in range(len(parts), 0, -1):
        key = tuple(parts[:n])
        if key in files:
            return files[key]
    return None


def expand(tree):
    """`a::{b, c::{d}}` -> ['a::b', 'a::c::d']."""
    m = re.match(r"^([^{]*)\{(.*)\}$", tree.strip(), re.S)
    if not m:
        return [tree.strip()]
    head, body = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    parts.append(cur)
    return [p for part in parts if part.strip() for p in expand(head + part.strip())]


def main():
    files = {}
    for root, _, names in os.walk(ROOT):
        for name in names:
            if name.endswith(".rs"):
                path = os.path.join(root, name)
                files[tuple(module_of(path))] = path
    graph = {path: set() for path in files.values()}
    for mod, path in files.items():
        text = open(path, encoding="utf-8").read()
        is_dir_mod = os.path.basename(path) == "mod.rs"
        for tree in re.findall(r"^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", text, re.M):
            for p in expand(tree):
                parts = [x.split(" as ")[0].strip() for x in p.split("::")]
                if parts[0] == "crate":
                    target = parts[1:]
                elif parts[0] == "super":
                    # `super` is the parent module; each further `super` one more level up.
                    base = list(mod) if is_dir_mod else list(mod[:-1])
                    parts = parts[1:]
                    while parts and parts[0] == "super":
                        parts = parts[1:]
                        base = base[:-1]
                    target = base + parts
                else:
                    continue
                dest = file_of(target, files)
                if dest and dest != path:
                    graph[path].add(dest)
    # Tarjan's strongly connected components.
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(os.path.relpath(c, os.path.join(ROOT, "..")) for c in comp))

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    for comp in out:
        print("import cycle: " + " <-> ".join(comp))
    if out:
        print(f"FAILED: {len(out)} group(s) of files import each other")
        return 1
    print(f"no import cycles among {len(graph)} files")
    return 0


def self_test():
    """The check must notice a direct cycle, a cycle around three files and `super::` paths."""
    import subprocess
    import tempfile
    cases = {
        "direct": {"lib.rs": "mod a;\nmod b;\n", "a.rs": "use crate::b::X;\n", "b.rs": "use crate::a::{Y, Z};\n"},
        "circle": {"lib.rs": "mod ui;\n", "ui/mod.rs": "pub mod a;\npub mod b;\npub mod c;\n",
                   "ui/a.rs": "use super::b::X;\n", "ui/b.rs": "use crate::ui::c::Y;\n", "ui/c.rs": "pub use super::a::Z;\n"},
        "none": {"lib.rs": "mod a;\nmod b;\n", "a.rs": "use crate::b::X;\n", "b.rs": "use std::rc::Rc;\n"},
    }
    for name, tree in cases.items():
        with tempfile.TemporaryDirectory() as root:
            for rel, text in tree.items():
                os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
                open(os.path.join(root, rel), "w").write(text)
            rc = subprocess.run([sys.executable, __file__, "--root", root], capture_output=True).returncode
            if rc != (0 if name == "none" else 1):
                print(f"FAILED: self-test {name}: exit {rc}")
                return 1
    print("import-cycle check: self-test passed (direct, around three files, none)")
    return 0


if __name__ == "__main__":
    sys.exit(self_test() if "--self-test" in sys.argv else main())
