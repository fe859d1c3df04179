/**
 * Body of `GET /api/statefulset/values?entityRef=...`.
 *
 * @public
 */
export interface RepositoryValuesResponse {
  entityRef: string;
  /** URL of values.yaml that was read. */
  valuesUrl: string;
  /** The parsed values.yaml: the template's parameter values. */
  values: Record<string, unknown>;
}

/**
 * One field whose Git value differs from the live object.
 *
 * @public
 */
export interface ManifestDifference {
  /** JSON-path-like location, e.g. spec.replicas or spec.template.spec.containers[0].env */
  path: string;
  /** YAML of the value in Git; absent when Git does not set it. */
  git?: string;
  /** YAML of the live value; absent when the live object lacks it. */
  live?: string;
}

/**
 * Body of `GET /api/statefulset/manifests?entityRef=...&cluster=...`.
 *
 * @public
 */
export interface ManifestComparisonResponse {
  entityRef: string;
  cluster: string;
  namespace: string;
  name: string;
  /** Live StatefulSet as YAML without managedFields, status and server-set metadata; absent when not found. */
  live?: string;
  /** manifests/statefulset.yaml from the repository; absent when it could not be read. */
  git?: string;
  /** URL of the Git manifest, also when reading it failed; absent when the entity names no repository. */
  gitUrl?: string;
  /** Reason that `git` is absent, e.g. "no backstage.io/source-location annotation". */
  gitError?: string;
  differences: ManifestDifference[];
  /** True when any field that Git sets has another value in the cluster. */
  drift: boolean;
}
