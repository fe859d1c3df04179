#!/usr/bin/env bash
# Installs the Debian packages that the tests run for real: chromium for the
# browser tests and docker-registry for the registry suggestion tests. Only
# packages that are missing are installed; apt needs root, as on CI.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/docker-registry ] || missing+=(docker-registry)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "test-packages: ${missing[*]} missing; install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "test-packages: installing ${missing[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
