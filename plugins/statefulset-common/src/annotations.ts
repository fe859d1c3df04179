/**
 * Entity annotations that link a catalog entity to its workload. They are the
 * ones the standard Kubernetes plugin reads, so both plugins work on the same
 * component.
 *
 * @public
 */
export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';
/** @public */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';
/** @public */
export const KUBERNETES_LABEL_SELECTOR_ANNOTATION =
  'backstage.io/kubernetes-label-selector';
/**
 * Comma-separated names of the clusters, from the `kubernetes` config block,
 * that run the set. Without it, every configured cluster is queried.
 *
 * NOTE: this annotation is the product's own. The standard Kubernetes plugin
 * has no cluster annotation and ignores it.
 *
 * @public
 */
export const KUBERNETES_CLUSTER_ANNOTATION = 'backstage.io/kubernetes-cluster';
