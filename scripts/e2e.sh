#!/usr/bin/env bash
# Runs the end-to-end tests in e2e/*.test.ts against a portal that this script
# starts: the backend on http://localhost:7007 (with app-config.yaml, as the
# README starts it), and with E2E_FRONTEND=1 also the frontend on
# http://localhost:3000 for browser tests. Generated repositories go to a
# temporary local Git root. Stops everything it started when it exits, and
# exits with the status of the tests.
#
# Environment:
#   E2E_FRONTEND=1     also start the frontend and wait for port 3000
#   E2E_APP_CONFIGS    more config files for the backend, separated by spaces,
#                      loaded after app-config.yaml and the e2e overlay
#   E2E_START_TIMEOUT  seconds to wait for each server (default 300)
#   E2E_TESTS          test files to run (default 'e2e/*.test.ts')
#   E2E_CLUSTER=0      do not start the local Kubernetes cluster
#   E2E_REQUIRE_ALL=1  fail when any test skipped itself
set -euo pipefail
cd "$(dirname "$0")/.."
repo_root="$PWD"

. scripts/toolchain.sh

backend_url=http://localhost:7007
frontend_url=http://localhost:3000
start_timeout="${E2E_START_TIMEOUT:-300}"

work_dir="$(mktemp -d "${TMPDIR:-/tmp}/statefulset-e2e.XXXXXX")"
started_pids=()

stop_started() {
  local pid
  for pid in "${started_pids[@]}"; do
    # Each server runs in its own process group (setsid below), so this stops
    # yarn and the node processes below it, and nothing else.
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${started_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [ -n "${cluster_state:-}" ]; then
    tools/cluster/stop || true
  fi
  rm -rf "$work_dir"
}
trap stop_started EXIT

# Fails when a server already responds at a URL, because the tests would then
# run against a server that this script did not configure.
require_free() {
  local url="$1"
  if curl --silent --output /dev/null "$url"; then
    echo "e2e: a server already responds at $url; stop it first" >&2
    exit 1
  fi
}

# Waits until `url` responds with HTTP 2xx, or fails when the process `pid`
# exits or the timeout passes, printing the end of its log.
wait_for() {
  local name="$1" url="$2" pid="$3" log="$4"
  local deadline=$((SECONDS + start_timeout))
  until curl --silent --fail --output /dev/null "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "e2e: the $name exited before $url responded; end of $log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      echo "e2e: the $name did not respond at $url within ${start_timeout}s; end of $log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    sleep 2
  done
  echo "e2e: the $name responds at $url after ${SECONDS}s"
}

# Config overlay of the tests: a fresh local Git root, so generated
# repositories of earlier runs cannot collide with the tests' names.
local_git_root="$work_dir/local-git"
cat >"$work_dir/app-config.e2e.yaml" <<EOF
statefulset:
  localGitRoot: $local_git_root
EOF
export STATEFULSET_E2E_LOCAL_GIT_ROOT="$local_git_root"

config_args=(--config "$repo_root/app-config.yaml" --config "$work_dir/app-config.e2e.yaml")
for config_file in ${E2E_APP_CONFIGS:-}; do
  config_args+=(--config "$(realpath "$config_file")")
done

# The local Kubernetes control plane (tools/cluster), when this machine has
# its binaries or Go to build them; the e2e/cluster-* tests skip without it.
if [ "${E2E_CLUSTER:-1}" != 0 ] && tools/cluster/available; then
  echo "e2e: starting the local Kubernetes cluster"
  cluster_state="$(tools/cluster/start)"
  export STATEFULSET_CLUSTER_KUBECONFIG="$cluster_state/admin.kubeconfig"
  config_args+=(--config "$cluster_state/app-config.cluster-e2e.yaml" --config "$repo_root/e2e/cluster/app-config.yaml")
fi

# The backend runs as `yarn start` runs it (the Backstage CLI's Node.js
# transform, NODE_ENV=development, working directory packages/backend), but
# without its file watcher: a restart on a source change would empty the
# in-memory database in the middle of the tests.
require_free "$backend_url/.backstage/health/v1/readiness"
echo "e2e: starting the backend (log: $work_dir/backend.log)"
(
  cd packages/backend
  NODE_ENV=development exec setsid node --enable-source-maps \
    --require @backstage/cli/config/nodeTransform.cjs \
    src/index.ts "${config_args[@]}"
) >"$work_dir/backend.log" 2>&1 &
started_pids+=("$!")
wait_for backend "$backend_url/.backstage/health/v1/readiness" "$!" "$work_dir/backend.log"

if [ "${E2E_FRONTEND:-0}" = 1 ]; then
  require_free "$frontend_url"
  echo "e2e: starting the frontend (log: $work_dir/frontend.log)"
  setsid yarn workspace app start --config "$repo_root/app-config.yaml" >"$work_dir/frontend.log" 2>&1 &
  started_pids+=("$!")
  wait_for frontend "$frontend_url" "$!" "$work_dir/frontend.log"
fi

export STATEFULSET_BACKEND_URL="$backend_url"
export STATEFULSET_FRONTEND_URL="$frontend_url"

status=0
node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$work_dir/e2e.tap" \
  "${E2E_TESTS:-e2e/*.test.ts}" || status=$?

# A test skips itself when what it needs is not running. In the test command
# (E2E_REQUIRE_ALL=1) that is a failure, so that a missing browser, frontend
# or cluster cannot pass for a green run.
skipped="$(sed -n 's/^# skipped \([0-9][0-9]*\)$/\1/p' "$work_dir/e2e.tap" | tail -n 1)"
if [ "${E2E_REQUIRE_ALL:-0}" = 1 ] && [ "${skipped:-0}" -gt 0 ]; then
  echo "e2e: $skipped tests were skipped; every end-to-end test must run here" >&2
  grep -E '# SKIP' "$work_dir/e2e.tap" >&2 || true
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "e2e: tests failed; end of the backend log:" >&2
  tail -n 60 "$work_dir/backend.log" >&2
fi
exit "$status"
