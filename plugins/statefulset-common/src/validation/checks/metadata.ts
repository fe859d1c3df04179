import { SELECTOR_LABEL_KEYS, StatefulSetValues } from '../../model';
import { ValueIssue } from './types';

/**
 * User labels may add to the selector's labels but not set them, so the
 * selector always matches the pod template.
 */
export function checkSelectorLabels(values: StatefulSetValues): ValueIssue[] {
  const issues: ValueIssue[] = [];

  for (const field of ['labels', 'podLabels'] as const) {
    for (const key of SELECTOR_LABEL_KEYS) {
      if (values[field]?.[key] !== undefined) {
        issues.push({
          path: [field, key],
          message: `is a selector label that the template sets from name ("${values.name}"), the selector must match the pods: remove it, or use another key such as "app.kubernetes.io/component"`,
        });
      }
    }
  }
  return issues;
}

/** Image pull Secrets are listed once each. */
export function checkImagePullSecrets(values: StatefulSetValues): ValueIssue[] {
  const seen = new Set<string>();
  const issues: ValueIssue[] = [];

  (values.imagePullSecrets ?? []).forEach((secret, index) => {
    if (seen.has(secret)) {
      issues.push({
        path: ['imagePullSecrets', index],
        message: `"${secret}" is listed twice, list each pull Secret once`,
      });
    }
    seen.add(secret);
  });
  return issues;
}
