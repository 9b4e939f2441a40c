#!/usr/bin/env bash
# Runs the Node test suites (SDK, sandbox) again on other Node.js majors, with the `node`
# package from the npm registry. Usage: scripts/node-matrix.sh 22 24
set -euo pipefail
cd "$(dirname "$0")/.."
for major in "$@"; do
  node_bin=$(npx -y "node@$major" -p process.execPath)
  echo "== Node $("$node_bin" --version)"
  for pkg in sdk sandbox; do
    (cd "packages/$pkg" && "$node_bin" ../../node_modules/vitest/vitest.mjs run)
  done
done
