#!/usr/bin/env bash
# Debian's Chromium for the end-to-end tests (test/e2e): playwright-core drives it at
# /usr/bin/chromium and downloads no browser of its own. Does nothing when it is there.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null | tail -n 1)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null | tail -n 1)"
