# Shared settings for the local control plane scripts (sourced, not run).
# Every path and port can be overridden through the environment.

CLUSTER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

GO="${GO:-$(command -v go || echo /usr/local/go/bin/go)}"

# The pinned release, read from go.mod so there is one place to change it.
K8S_VERSION="$(awk '$1 == "k8s.io/kubernetes" { print $2; exit }' "$CLUSTER_DIR/go.mod")"

# Binaries are cached per release plus a hash of the module files, so a
# changed pin or entry point rebuilds and an unchanged one is reused.
cluster_build_key() {
  cat "$CLUSTER_DIR/go.mod" "$CLUSTER_DIR/go.sum" "$CLUSTER_DIR"/cmd/*/main.go |
    sha256sum | cut -c1-12
}
CLUSTER_CACHE_ROOT="${STATEFULSET_CLUSTER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statefulset-portal/cluster}"
CLUSTER_BIN="${STATEFULSET_CLUSTER_BIN:-$CLUSTER_CACHE_ROOT/$K8S_VERSION-$(cluster_build_key)}"

CLUSTER_STATE="${STATEFULSET_CLUSTER_STATE:-${XDG_STATE_HOME:-$HOME/.local/state}/statefulset-portal/cluster}"

CLUSTER_HOST=127.0.0.1
APISERVER_PORT="${STATEFULSET_CLUSTER_APISERVER_PORT:-16443}"
ETCD_CLIENT_PORT="${STATEFULSET_CLUSTER_ETCD_PORT:-12379}"
ETCD_PEER_PORT="${STATEFULSET_CLUSTER_ETCD_PEER_PORT:-12380}"
CONTROLLER_MANAGER_PORT="${STATEFULSET_CLUSTER_CONTROLLER_MANAGER_PORT:-16257}"
SCHEDULER_PORT="${STATEFULSET_CLUSTER_SCHEDULER_PORT:-16259}"
KWOK_PORT="${STATEFULSET_CLUSTER_KWOK_PORT:-16080}"

# Simulated nodes; kwok provisions a PersistentVolume for each claim.
NODE_COUNT="${STATEFULSET_CLUSTER_NODES:-3}"

CLUSTER_COMPONENTS=(etcd kube-apiserver kube-controller-manager kube-scheduler kwok)

log() {
  echo "cluster: $*" >&2
}

# Address ranges the API server allocates from. They are only values in
# object status: no component on this cluster routes traffic to them.
SERVICE_CIDR="${STATEFULSET_CLUSTER_SERVICE_CIDR:-10.96.0.0/16}"
SERVICE_IP="${SERVICE_CIDR%.*/*}.1"
POD_CIDR="${STATEFULSET_CLUSTER_POD_CIDR:-10.244.0.1/16}"

# Prints the pid of component $1 when the process in its pid file is the
# binary this tooling started, and fails otherwise. Checking the executable
# keeps a reused pid from ever being mistaken for one of ours.
component_pid() {
  local pid_file="$CLUSTER_STATE/pids/$1.pid" pid exe
  [[ -f "$pid_file" ]] || return 1
  pid="$(cat "$pid_file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  exe="$(readlink "/proc/$pid/exe" 2>/dev/null)" || return 1
  [[ "$(basename "${exe% (deleted)}")" == "$1" ]] || return 1
  echo "$pid"
}

kubectl_admin() {
  "$CLUSTER_BIN/kubectl" --kubeconfig "$CLUSTER_STATE/admin.kubeconfig" "$@"
}
