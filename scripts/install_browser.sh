#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/test_browser.py) when it is missing.
# Playwright's own browser download is never used: it cannot reach its CDN here, and Debian's
# package is what developers and CI share. Safe to run repeatedly; needs root (or sudo).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    echo "install_browser: /usr/bin/chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo '?'))"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install_browser: not root and no sudo; install chromium by hand" >&2; exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-noto-core
/usr/bin/chromium --version
