import { Config } from '@backstage/config';
import { LoggerService } from '@backstage/backend-plugin-api';

/** Keys of the `statefulset` block that this plugin reads. */
const OWN_KEYS = [
  'maxReplicas',
  'requestTimeout',
  'kubeconfig',
  'kubeconfigContexts',
];

/**
 * Warns about keys of the `statefulset` block that look like a misspelling
 * of this plugin's keys, e.g. `maxReplica`. Other unknown keys are not
 * reported, because other packages (the scaffolder module, the registry
 * routes) add their own keys to the same block. For those,
 * `backstage-cli config:check --strict` checks the merged schema.
 */
export function warnMisspelledKeys(
  config: Config,
  logger: LoggerService,
): void {
  const block = config.getOptionalConfig('statefulset');
  for (const key of block?.keys() ?? []) {
    if (OWN_KEYS.includes(key)) {
      continue;
    }

    const intended = OWN_KEYS.find(
      own =>
        own.toLowerCase() === key.toLowerCase() ||
        editDistance(own.toLowerCase(), key.toLowerCase()) <= 2,
    );
    if (intended) {
      logger.warn(
        `Unknown config key statefulset.${key} is ignored; did you mean statefulset.${intended}?`,
      );
    }
  }
}

/** Levenshtein distance between two strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
