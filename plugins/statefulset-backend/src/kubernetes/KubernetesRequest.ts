/**
 * What the plugin asked a cluster for, so that a failure can name the verb,
 * resource, namespace and object the way RBAC rules and `kubectl` do.
 */
export interface KubernetesRequest {
  cluster: string;
  /** Kubernetes API verb, e.g. `get`, `list`, `patch`, `update`. */
  verb: string;
  /** Resource with its subresource, e.g. `statefulsets` or `statefulsets/scale`. */
  resource: string;
  /** API group of the resource, empty for the core group. */
  group: string;
  namespace: string;
  /** Object name, absent for list requests. */
  name?: string;
}

/** Formats a request as `get statefulsets/scale "web"`, for messages. */
export function describeRequest(request: KubernetesRequest): string {
  const target = request.name
    ? `${request.resource} "${request.name}"`
    : request.resource;
  return `${request.verb} ${target} in namespace "${request.namespace}" on cluster "${request.cluster}"`;
}
