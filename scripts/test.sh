#!/usr/bin/env bash
# `npm test`: lint, build, unit, portal, integration (real PostgreSQL, RabbitMQ, Redis), end-to-end
# (the portal in headless Chromium through a whole stack) and deployment-file validation. Works on a
# fresh machine: it bootstraps like `npm start`.
set -euo pipefail
source "$(dirname "$0")/lib/node.sh"
source "$(dirname "$0")/lib/install.sh"
source "$(dirname "$0")/lib/browser.sh"
ensure_browser
cd "$EVKIN_ROOT"

results="$EVKIN_ROOT/test-output"
mkdir -p "$results"
step() { printf '\n\033[1m── %s\033[0m\n' "$1"; }
jest() { node --experimental-vm-modules node_modules/jest/bin/jest.js "$@"; }

# Built first: type-aware lint of the portal reads @evkin/contracts through its declarations.
step "build (tsc -b, ng build)"
node scripts/stack/build-cli.mjs

step "lint (ESLint --max-warnings 0, Prettier)"
npx tsc -p tsconfig.json
npx tsc -p test/e2e/tsconfig.json
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn

step "unit tests"
jest --selectProjects unit --json --outputFile "$results/unit.json"

step "portal unit tests (ng test)"
npm test -w frontend 2>&1 | tee "$results/frontend.log"

step "integration tests (real PostgreSQL, RabbitMQ, Redis)"
jest --selectProjects integration --runInBand --json --outputFile "$results/integration.json"

step "end-to-end tests (headless Chromium through the whole stack)"
jest --selectProjects e2e --runInBand --json --outputFile "$results/e2e.json"

if [ -f scripts/deploy/validate.mjs ]; then
  step "deployment files (compose, Kustomize overlays, Kubernetes schemas)"
  bash scripts/deploy/ensure-tools.sh
  node scripts/deploy/validate.mjs
fi

node scripts/stack/test-summary.mjs "$results"
