# Sourced after node.sh: installs dependencies when package manifests changed since the last
# install (a second start skips this entirely).
# shellcheck shell=bash
evkin_install() {
  local stamp="$EVKIN_ROOT/node_modules/.evkin-install-stamp"
  local want
  want=$(cd "$EVKIN_ROOT" && cat package.json package-lock.json */*/package.json frontend/package.json 2>/dev/null | sha256sum | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  echo "evkin: installing dependencies (npm install)…"
  # The registry mirror lacks some other-platform binaries, so `npm ci` can refuse the lockfile
  # (BUILD-NOTES); `npm install` with the same lockfile works. Puppeteer must not fetch a browser.
  (cd "$EVKIN_ROOT" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error)
  echo "$want" >"$stamp"
}
evkin_install
