#!/usr/bin/env bash
# `pnpm release [--dry-run]`: build, check, then publish each package whose version npm does
# not have yet (`changeset publish`). After `pnpm changeset version` has bumped the versions
# and written the changelogs. With --dry-run (CI), everything but the upload.
set -euo pipefail
cd "$(dirname "$0")/.."
dry=false
[ "${1:-}" = "--dry-run" ] && dry=true

pnpm build
pnpm typecheck
scripts/check-packages.sh
pnpm size
# The changesets still to release and the version bump each makes.
pnpm exec changeset status --verbose
if $dry; then
  pnpm -r --filter "./packages/**" publish --dry-run --no-git-checks
  echo "release: dry run, nothing published"
else
  pnpm -r test
  pnpm exec changeset publish
fi
