import { V1LabelSelector } from '@kubernetes/client-node';

/**
 * Formats a label selector in the string syntax of the `labelSelector` query
 * parameter, e.g. `app=web,tier in (db,cache)`.
 */
export function formatLabelSelector(selector: V1LabelSelector): string {
  const terms = Object.entries(selector.matchLabels ?? {}).map(
    ([key, value]) => `${key}=${value}`,
  );

  for (const expression of selector.matchExpressions ?? []) {
    const values = (expression.values ?? []).join(',');
    switch (expression.operator) {
      case 'In':
        terms.push(`${expression.key} in (${values})`);
        break;
      case 'NotIn':
        terms.push(`${expression.key} notin (${values})`);
        break;
      case 'Exists':
        terms.push(expression.key);
        break;
      case 'DoesNotExist':
        terms.push(`!${expression.key}`);
        break;
      default:
        throw new Error(
          `Unknown label selector operator '${expression.operator}' on key '${expression.key}'`,
        );
    }
  }

  return terms.join(',');
}

/**
 * Formats only the `matchLabels` of a selector. The StatefulSet controller
 * copies these labels, and not the match expressions, onto the claims it
 * creates from the claim templates.
 */
export function formatMatchLabels(selector: V1LabelSelector): string {
  return formatLabelSelector({ matchLabels: selector.matchLabels });
}
