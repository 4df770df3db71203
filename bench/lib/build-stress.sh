#!/usr/bin/env bash
# Builds our app with the 200-item stress questionnaire in place of content/default.json.
# The start screen's question counts are computed from it at build time (build.rs), so this needs its
# own release build (scripts/build_release, as dist/ is built): a copy of
# the repository in bench/build/stress-src, built with a target dir of its own under target/ so the
# compiled dependencies are reused from the second run on. Skipped when nothing changed.
# Usage: lib/build-stress.sh REPO_ROOT STRESS_JSON
set -euo pipefail
root=$1 stress=$2
bench="$root/bench"
src="$bench/build/stress-src"
stamp="$src/dist/index.html"
# Everything the build may read: the whole tree but VCS, build outputs, the benchmark and node_modules.
excludes=(--exclude=./.git --exclude=./target --exclude=./dist --exclude=./bench --exclude='*/node_modules'
  --exclude=./e2e/test-results --exclude=./fuzz/target --exclude=./fuzz/corpus --exclude=./fuzz/artifacts)

mapfile -t inputs < <("$bench/lib/build-inputs.sh" "$root")
if [ -f "$stamp" ] && [ "$stamp" -nt "$stress" ] && [ -z "$(cd "$root" && find "${inputs[@]}" -newer "$stamp" -print -quit)" ]; then
  echo "[stress] skip: stress build up to date"; exit 0
fi

# A fresh copy (tar keeps mtimes, so cargo rebuilds only what changed); the old dist stays until
# trunk replaces it.
mkdir -p "$src"
find "$src" -mindepth 1 -maxdepth 1 ! -name dist -exec rm -rf {} +
(cd "$root" && tar -cf - "${excludes[@]}" .) | tar -xf - -C "$src"
cp "$stress" "$src/content/default.json"
# The release hook minifies with terser from e2e's packages.
ln -sfn "$root/e2e/node_modules" "$src/e2e/node_modules"

cd "$root" && source scripts/env.sh   # PATH: cargo tools and e2e's wasm-opt (binaryen)
export CARGO_TARGET_DIR="$root/target/bench-stress"
cd "$src"
echo "[stress] validate the stress questionnaire with the project's own validator"
cargo run --quiet --release --bin validate -- content/default.json
echo "[stress] scripts/build_release (first time: several minutes for std and the dependencies)"
scripts/build_release 2>&1 | grep -vE '^\s*$' | tail -n 5
