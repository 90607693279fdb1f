#!/usr/bin/env bash
# Installs what the editor-host tests need, using only Debian apt and the npm registry:
# Debian Chromium (the browser the workbench runs in), ripgrep and libkrb5-dev (needed by
# code-server's install), and code-server 4.100.3 (= VS Code 1.100.3 server + web workbench)
# into ~/.cache, outside the repo. Idempotent: a second call is a no-op. Needs root for apt.
#   CS_DIR=<dir> scripts/setup-vscode-host.sh
set -euo pipefail
CS_VERSION=4.100.3                 # VS Code 1.100.3; its postinstall needs node 20.x
CS_DIR=${CS_DIR:-$HOME/.cache/vscode-host/code-server-$CS_VERSION}
CS_BIN="$CS_DIR/node_modules/.bin/code-server"

need_apt=0
command -v rg >/dev/null || need_apt=1
command -v chromium >/dev/null || need_apt=1
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt=1
if [ "$need_apt" = 1 ]; then
  echo "== apt: chromium ripgrep libkrb5-dev"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium ripgrep libkrb5-dev
fi

if [ -x "$CS_BIN" ] && "$CS_BIN" --version 2>/dev/null | grep -q "^$CS_VERSION "; then
  echo "code-server $CS_VERSION already at $CS_BIN"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds a cached tarball named
# after the version pinned in its lib/postinstall.js, in $TMPDIR/vscode-ripgrep-cache-<package version>.
# Seed that cache with Debian's rg (re-check both versions when code-server is bumped).
RG_PKG_VERSION=1.15.11
RG_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RG_PKG_VERSION"
if [ ! -f "$cache/$RG_TARBALL" ]; then
  mkdir -p "$cache/stage"
  cp "$(command -v rg)" "$cache/stage/rg"
  tar czf "$cache/$RG_TARBALL" -C "$cache/stage" rg
fi

echo "== npm: code-server@$CS_VERSION into $CS_DIR"
mkdir -p "$CS_DIR"
cd "$CS_DIR"
[ -f package.json ] || echo '{"name":"clearpost-vscode-host","version":"1.0.0","private":true}' > package.json
# As root, code-server's postinstall only runs with npm_config_unsafe_perm=true (npm 11 warns about
# the flag but still exports it). npm_config_yes avoids npx prompts in CI.
npm_config_yes=true npm install "code-server@$CS_VERSION" --unsafe-perm --no-audit --no-fund --loglevel=error
"$CS_BIN" --version
