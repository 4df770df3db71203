#!/usr/bin/env bash
# Prints the paths (relative to the repo root) that a `trunk build` reads, to decide whether a build
# is stale: the crate, Trunk's config and hooks, and every folder index.html pulls assets from.
# Usage: lib/build-inputs.sh REPO_ROOT
set -euo pipefail
cd "$1"
{
  printf '%s\n' Cargo.toml Cargo.lock Trunk.toml index.html more.html build.rs .cargo src scripts
  grep -ho 'data-trunk[^>]*href="[^"]*"' index.html more.html | sed 's/.*href="\.\{0,1\}\/\{0,1\}\([^/"]*\).*/\1/'
} | sort -u | while read -r p; do [ -e "$p" ] && echo "$p"; done
