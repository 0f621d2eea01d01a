#!/usr/bin/env bash
# Debian packages the test suite needs beyond Python: a PostgreSQL server (the store tests
# start their own on a loopback port), Chromium for the browser test, and a CJK font so
# that Chromium draws Japanese. Installs only what is missing; needs root (as CI runs) or
# prints what to install.
set -euo pipefail
packages=(postgresql chromium fonts-ipafont-gothic)
missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "urazuke: the tests need these Debian packages: ${missing[*]}" >&2
  echo "         install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
