#!/usr/bin/env bash
# Starts the portal for local use: the frontend on http://localhost:3000 and
# the backend on http://localhost:7007, with SQLite in memory and guest
# sign-in. Installs Node.js 22, Yarn and the dependencies first when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/toolchain.sh
yarn install --immutable

exec yarn start "$@"
