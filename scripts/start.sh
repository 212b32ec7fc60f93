#!/usr/bin/env bash
# `npm start`: Node 24, dependencies, PostgreSQL/RabbitMQ/Redis, migrations, build, the four
# services and the portal at http://localhost:${PORT:-3000}. Ctrl-C stops what it started.
set -euo pipefail
source "$(dirname "$0")/lib/node.sh"
source "$(dirname "$0")/lib/install.sh"
source "$(dirname "$0")/lib/browser.sh"
ensure_browser
exec node "$EVKIN_ROOT/scripts/stack/start.mjs" "$@"
