import { KUBERNETES_ID_ANNOTATION } from '../annotations';
import { SELECTOR_LABEL_KEYS, StatefulSetValues } from '../model';
import { StringMap } from './kubernetesTypes';

/** Value of `app.kubernetes.io/managed-by` on every generated object. */
export const MANAGED_BY = 'backstage';

/**
 * Labels that select the set's pods. They depend on the name only, so the
 * selector, which the API server never lets change, stays the same whatever
 * other labels the user edits later.
 */
export function selectorLabels(name: string): StringMap {
  return Object.fromEntries(SELECTOR_LABEL_KEYS.map(key => [key, name]));
}

/** Formats labels as a label selector, e.g. `a=b,c=d`. */
export function formatLabelSelector(labels: StringMap): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}

/**
 * Labels that the builder sets itself. They win over user labels with the
 * same key, so a user label can never break the selector or hide an object
 * from Backstage's Kubernetes plugin.
 */
export function generatedLabels(name: string): StringMap {
  return {
    ...selectorLabels(name),
    'app.kubernetes.io/managed-by': MANAGED_BY,
    [KUBERNETES_ID_ANNOTATION]: name,
  };
}

/** Copies a map with its keys sorted, so the output does not depend on input key order. */
export function sortedMap(map: StringMap | undefined): StringMap | undefined {
  if (!map || Object.keys(map).length === 0) {
    return undefined;
  }
  const sorted: StringMap = {};
  for (const key of Object.keys(map).sort()) {
    sorted[key] = map[key];
  }
  return sorted;
}

/** Labels of every generated object: the user's labels, then the generated ones. */
export function objectLabels(values: StatefulSetValues): StringMap {
  return sortedMap({ ...values.labels, ...generatedLabels(values.name) })!;
}

/** Labels of the pod template: user labels, pod labels, then the generated ones. */
export function podLabels(values: StatefulSetValues): StringMap {
  return sortedMap({
    ...values.labels,
    ...values.podLabels,
    ...generatedLabels(values.name),
  })!;
}

/** User label keys that the generated labels replace, with where they were set. */
export function overriddenLabelKeys(
  values: StatefulSetValues,
): Array<{ field: 'labels' | 'podLabels'; key: string }> {
  const generated = generatedLabels(values.name);
  const overridden: Array<{ field: 'labels' | 'podLabels'; key: string }> = [];

  for (const field of ['labels', 'podLabels'] as const) {
    for (const [key, value] of Object.entries(values[field] ?? {})) {
      if (key in generated && generated[key] !== value) {
        overridden.push({ field, key });
      }
    }
  }
  return overridden;
}
