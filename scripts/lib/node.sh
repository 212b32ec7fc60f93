# Sourced by the entry scripts: puts Node 24 first on PATH, installing it locally
# (into .tools/node24, from the npm registry) when the system's Node is older.
# shellcheck shell=bash
EVKIN_ROOT="${EVKIN_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
EVKIN_NODE_MAJOR=24

evkin_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if "$EVKIN_ROOT/.tools/node24/node_modules/.bin/node" --version >/dev/null 2>&1; then
  export PATH="$EVKIN_ROOT/.tools/node24/node_modules/.bin:$PATH"
elif [ "$(evkin_node_major)" -lt "$EVKIN_NODE_MAJOR" ]; then
  if ! command -v npm >/dev/null; then
    echo "evkin: Node.js and npm are needed (any version ≥ 20); install them, e.g. apt-get install nodejs npm" >&2
    exit 1
  fi
  echo "evkin: system Node is $(node -v 2>/dev/null || echo missing); installing Node $EVKIN_NODE_MAJOR into .tools/node24"
  # The `node` package fetches its platform binary in a nested install that can fail on a busy
  # registry or cache; start clean and try again a few times before giving up.
  for attempt in 1 2 3; do
    rm -rf "$EVKIN_ROOT/.tools/node24"
    if npm install --prefix "$EVKIN_ROOT/.tools/node24" --no-save --no-audit --no-fund --loglevel=error \
      "node@$EVKIN_NODE_MAJOR" >/dev/null &&
      "$EVKIN_ROOT/.tools/node24/node_modules/.bin/node" --version >/dev/null 2>&1; then
      break
    fi
    echo "evkin: installing Node $EVKIN_NODE_MAJOR failed (attempt $attempt of 3)" >&2
    sleep 2
  done
  export PATH="$EVKIN_ROOT/.tools/node24/node_modules/.bin:$PATH"
fi
if [ "$(evkin_node_major)" -lt "$EVKIN_NODE_MAJOR" ]; then
  echo "evkin: could not get Node $EVKIN_NODE_MAJOR (have $(node -v))" >&2
  exit 1
fi
