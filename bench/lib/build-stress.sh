#!/usr/bin/env bash
# Builds our app with the 200-item stress questionnaire in place of content/default.json.
# The app compiles its questionnaire in (include_str!), so this needs its own release build: a copy of
# the sources in bench/build/stress-src, built with a target dir of its own under target/ so the
# compiled dependencies are reused from the second run on. Skipped when nothing changed.
# Usage: lib/build-stress.sh REPO_ROOT STRESS_JSON
set -euo pipefail
root=$1 stress=$2
bench="$root/bench"
src="$bench/build/stress-src"
stamp="$src/dist/index.html"
inputs=("$root/Cargo.toml" "$root/Cargo.lock" "$root/Trunk.toml" "$root/index.html" "$root/src" "$root/styles" "$root/.cargo" "$stress")

if [ -f "$stamp" ] && [ -z "$(find "${inputs[@]}" -newer "$stamp" -print -quit)" ]; then
  echo "[stress] skip: stress build up to date"; exit 0
fi

mkdir -p "$src"
# Mirror the sources (rsync-like with cp: remove what is gone, keep mtimes so cargo sees what changed).
for d in src styles content .cargo scripts; do rm -rf "${src:?}/$d"; [ -e "$root/$d" ] && cp -a "$root/$d" "$src/$d"; done
for f in Cargo.toml Cargo.lock Trunk.toml index.html; do cp -a "$root/$f" "$src/$f"; done
cp "$stress" "$src/content/default.json"

cd "$root" && source scripts/env.sh   # PATH: cargo tools and e2e's wasm-opt (binaryen)
export CARGO_TARGET_DIR="$root/target/bench-stress"
cd "$src"
echo "[stress] validate the stress questionnaire with the project's own validator"
cargo run --quiet --release --bin validate -- content/default.json
echo "[stress] trunk build --release (first time: several minutes for the dependencies)"
trunk build --release 2>&1 | grep -vE '^\s*$' | tail -n 5
