#!/usr/bin/env bash
# The published shape of every package: publint, and @arethetypeswrong/cli for ESM consumers
# (the packages are ESM only; CommonJS resolutions are out of scope by design).
set -euo pipefail
cd "$(dirname "$0")/.."
for pkg in sdk sandbox elements tow-widget; do
  echo "== @panama311/$pkg"
  (cd "packages/$pkg" && npx publint --strict)
  # mockServiceWorker.js is a file to copy, not a module to import.
  (cd "packages/$pkg" && npx attw --pack . --profile esm-only --exclude-entrypoints ./mockServiceWorker.js)
done
