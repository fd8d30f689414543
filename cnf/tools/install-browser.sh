#!/bin/sh
# Installs Debian's headless-capable Chromium and its WebDriver (chromium, chromium-driver)
# for the browser tests, when they are absent. Idempotent: when both binaries are there it
# only checks them and returns at once. Needs root (apt-get); exits non-zero, saying why,
# when they cannot be installed, and the browser tests then skip with that reason.
#
#   sh cnf/tools/install-browser.sh        # prints the versions found or installed
set -eu

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

installed() {
    [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]
}

if ! installed; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-browser: chromium and chromium-driver are missing and this user is not root" >&2
        exit 1
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "install-browser: chromium and chromium-driver are missing and there is no apt-get" >&2
        exit 1
    fi
    echo "install-browser: installing chromium and chromium-driver with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    # The package lists may be missing or stale on a fresh machine: refresh them first.
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

installed || { echo "install-browser: $CHROMIUM or $DRIVER still missing after apt-get" >&2; exit 1; }
"$CHROMIUM" --version 2>/dev/null || true
"$DRIVER" --version 2>/dev/null || true
