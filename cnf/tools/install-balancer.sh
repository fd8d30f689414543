#!/usr/bin/env bash
# Installs Debian's nginx, the load balancer occi.registry.itest's ScaleOutIT puts in front
# of two containers. Only the binary is used: the test starts its own nginx in the
# foreground with a configuration it writes (cnf/balancer/nginx.conf filled in) on loopback
# ports, and stops it after; the package's own service is not started here (Debian's
# policy-rc.d, when present, keeps apt from starting it; otherwise it is stopped again).
# Idempotent. Needs root (CI and the dev machines are); exits 0 without nginx when it cannot
# install it (not root, no apt): ScaleOutIT is then skipped and says why.
set -euo pipefail

say() { echo "install-balancer: $*"; }

if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  say "ready: $(/usr/sbin/nginx -v 2>&1)"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  say "not root: nginx is not installed; the scale-out test will be skipped"
  exit 0
fi

say "installing Debian's nginx package"
running_before="$(pgrep -x nginx || true)"
if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }; }; then
  say "apt-get could not install nginx; the scale-out test will be skipped"
  exit 0
fi
# Where apt started the packaged service (no policy-rc.d), stop it: it listens on port 80
# of every address, and the test needs nothing of it.
if [ -z "$running_before" ] && pgrep -x nginx >/dev/null 2>&1; then
  say "stopping the nginx service the package started"
  if command -v service >/dev/null 2>&1; then service nginx stop >/dev/null 2>&1 || true; fi
  if command -v systemctl >/dev/null 2>&1; then systemctl disable --now nginx >/dev/null 2>&1 || true; fi
fi
say "ready: $(/usr/sbin/nginx -v 2>&1)"
