import { StatefulSetValues } from '../model';
import { FieldError } from '../validation/fieldError';

/**
 * A value whose change the API server rejects on an existing StatefulSet.
 * The API server (Kubernetes 1.27 and later) allows updates only to
 * `replicas`, `ordinals`, `template`, `updateStrategy`,
 * `persistentVolumeClaimRetentionPolicy` and `minReadySeconds` of a
 * StatefulSet's spec, and no object can change its name or namespace.
 *
 * @public
 */
export interface ImmutableStatefulSetField {
  /** Top-level key of the values, e.g. `volumeClaimTemplates`. */
  path: keyof StatefulSetValues & string;
  /** StatefulSet fields that the value sets and the API server keeps fixed. */
  reason: string;
}

/**
 * Values that cannot change on an existing StatefulSet.
 *
 * @public
 */
export const immutableStatefulSetFields: ReadonlyArray<ImmutableStatefulSetField> =
  [
    {
      path: 'name',
      reason:
        'the name also sets spec.selector and spec.serviceName, and an object cannot be renamed',
    },
    {
      path: 'namespace',
      reason: 'an object cannot move to another namespace',
    },
    {
      path: 'volumeClaimTemplates',
      reason: 'spec.volumeClaimTemplates is immutable',
    },
    {
      path: 'podManagementPolicy',
      reason: 'spec.podManagementPolicy is immutable',
    },
  ];

/**
 * Explains how to replace the set while its pods and claims stay, because
 * `--cascade=orphan` deletes only the StatefulSet object.
 *
 * @public
 */
export function describeRecreateSteps(name: string, namespace: string): string {
  return (
    `recreate it: \`kubectl delete statefulset ${name} -n ${namespace} --cascade=orphan\` ` +
    'keeps the pods and claims, then let GitOps or `kubectl apply -k .` create it again'
  );
}

/**
 * Explains a change of name or namespace. The API server accepts it because
 * the manifests describe a different object, so applying them creates a
 * second set whose claim names differ, and the old set keeps running.
 *
 * NOTE: nothing checks whether a set of the new name exists already, for
 * example one that another component's repository manages.
 */
function describeNewSetSteps(
  before: StatefulSetValues,
  after: StatefulSetValues,
  leadIn: string = 'so applying',
): string {
  return (
    `${leadIn} the manifests without pruning creates a second StatefulSet ` +
    `${after.namespace}/${after.name} with new, empty claims, or changes ` +
    'that set if it exists already, and ' +
    `${before.namespace}/${before.name} keeps its pods, claims and Services. ` +
    'Move the data, then delete the old objects with ' +
    `\`kubectl delete statefulset,service,ingress,horizontalpodautoscaler -n ${before.namespace} -l app.kubernetes.io/instance=${before.name}\`, ` +
    'which keeps the old claims until you delete them'
  );
}

function describeConsequence(
  field: ImmutableStatefulSetField,
  before: StatefulSetValues,
  after: StatefulSetValues,
): string {
  if (field.path === 'name') {
    // statefulset:propose-change rejects a new name, so the wizard warns
    // about it before the task fails.
    return describeNewSetSteps(
      before,
      after,
      'so the template "Update stateful application" rejects it and pushes ' +
        'nothing. Create the new set with the template "Stateful application" ' +
        'instead. If the name changes in Git by other means, applying',
    );
  }
  if (field.path === 'namespace') {
    return describeNewSetSteps(before, after);
  }
  return (
    'so the API server rejects the change on the existing StatefulSet; ' +
    describeRecreateSteps(before.name, before.namespace)
  );
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item).sort(([a], [b]) => a.localeCompare(b)),
        )
      : item,
  );
}

function normalizedValue(
  values: StatefulSetValues,
  path: ImmutableStatefulSetField['path'],
): unknown {
  const value = values[path];
  // An empty claim template list renders the same StatefulSet as none.
  if (
    path === 'volumeClaimTemplates' &&
    Array.isArray(value) &&
    value.length === 0
  ) {
    return undefined;
  }
  // The API server defaults podManagementPolicy to OrderedReady.
  if (path === 'podManagementPolicy' && value === undefined) {
    return 'OrderedReady';
  }
  return value;
}

/**
 * Lists the immutable values that differ between `before` and `after`, one
 * error per value, each saying how to recreate the set, or for a new name or
 * namespace how to remove the old one. The commands name the set as it
 * exists, that is with `before`'s name and namespace.
 *
 * @public
 */
export function findImmutableChanges(
  before: StatefulSetValues,
  after: StatefulSetValues,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of immutableStatefulSetFields) {
    const previous = normalizedValue(before, field.path);
    const next = normalizedValue(after, field.path);
    if (canonicalJson(previous) === canonicalJson(next)) {
      continue;
    }
    errors.push({
      path: field.path,
      message:
        `changed from ${canonicalJson(previous)} to ${canonicalJson(next)}, ` +
        `but ${field.reason}, ${describeConsequence(field, before, after)}`,
    });
  }
  return errors;
}
