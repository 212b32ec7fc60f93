# Sourced by the entry scripts: `ensure_browser` makes sure what reporting's PDFs need is installed:
#   chromium        (Debian package chromium)       renders the PDFs (CHROMIUM_PATH=/usr/bin/chromium)
#   pdftotext       (Debian package poppler-utils)  reads them back in the tests
#   Liberation fonts (Debian package fonts-liberation) the fonts the PDF templates name
# Quiet apart from one line when everything is present. As root it installs what is missing with
# apt-get (running `apt-get update` first, retried once if it fails); otherwise, or when that
# fails, it says what to install and returns non-zero.
# shellcheck shell=bash

evkin_browser_missing() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  if ! ls /usr/share/fonts/truetype/liberation*/LiberationSans-Regular.ttf >/dev/null 2>&1; then
    missing+=(fonts-liberation)
  fi
  echo "${missing[*]}"
}

ensure_browser() {
  local missing
  missing=$(evkin_browser_missing)
  if [ -z "$missing" ]; then
    echo "evkin: chromium, pdftotext and the Liberation fonts are installed"
    return 0
  fi
  local -a packages
  read -r -a packages <<<"$missing"

  if [ "$(id -u)" -ne 0 ]; then
    echo "evkin: PDF rendering needs: ${packages[*]} (not installed); as root, run:" >&2
    echo "  apt-get update && apt-get install -y ${packages[*]}" >&2
    return 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "evkin: PDF rendering needs: ${packages[*]}, and there is no apt-get here to install them;" >&2
    echo "  install Chromium, poppler-utils (pdftotext) and the Liberation fonts by other means" >&2
    return 1
  fi

  local log
  log=$(mktemp "${TMPDIR:-/tmp}/evkin-apt.XXXXXX.log")
  export DEBIAN_FRONTEND=noninteractive
  echo "evkin: installing ${packages[*]} with apt-get (log: $log)"
  # A fresh machine may have no (or stale) package lists; a mirror may fail once: retry the update once.
  if ! apt-get update -qq >>"$log" 2>&1; then
    echo "evkin: apt-get update failed; retrying once"
    sleep 3
    if ! apt-get update -qq >>"$log" 2>&1; then
      echo "evkin: apt-get update failed twice; last lines of $log:" >&2
      tail -n 15 "$log" >&2
      return 1
    fi
  fi
  if ! apt-get install -y -qq "${packages[@]}" >>"$log" 2>&1; then
    echo "evkin: apt-get install ${packages[*]} failed; last lines of $log:" >&2
    tail -n 15 "$log" >&2
    return 1
  fi

  missing=$(evkin_browser_missing)
  if [ -n "$missing" ]; then
    echo "evkin: still missing after apt-get install: $missing (see $log)" >&2
    return 1
  fi
  echo "evkin: installed ${packages[*]} ($(chromium --version 2>/dev/null | head -n 1))"
  rm -f "$log"
}
