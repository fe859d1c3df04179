#!/usr/bin/env bash
# Runs every test: the type check, the unit tests of all packages and the
# end-to-end tests. Installs Node.js 22, Yarn and the dependencies first when
# missing.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/toolchain.sh
yarn install --immutable
scripts/test-packages.sh

echo "== type check"
yarn tsc

echo "== unit tests"
# Without CI=true, backstage-cli starts Jest in watch mode, and with an open
# pipe on stdin it does not exit after the run either.
CI=true yarn backstage-cli repo test --ci </dev/null

echo "== end-to-end tests"
E2E_FRONTEND=1 E2E_REQUIRE_ALL=1 ./scripts/e2e.sh
