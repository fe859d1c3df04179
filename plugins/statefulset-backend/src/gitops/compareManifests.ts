import {
  formatPath,
  ManifestDifference,
  parseQuantity,
  toYaml,
} from '@internal/backstage-plugin-statefulset-common';

type Segment = string | number;

/** Pod template annotation that Redeploy and `kubectl rollout restart` set. */
const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRestartedAt(path: Segment[]): boolean {
  const tail = path.slice(-4);
  return (
    tail.length === 4 &&
    tail[0] === 'template' &&
    tail[1] === 'metadata' &&
    tail[2] === 'annotations' &&
    tail[3] === RESTARTED_AT_ANNOTATION
  );
}

/**
 * Returns true for resource amounts, which the API server rewrites to its
 * canonical form, e.g. `0.5` to `500m` or `1024Mi` to `1Gi`.
 */
function isQuantityPath(path: Segment[]): boolean {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const grandparent = path[path.length - 3];
  return (
    last === 'sizeLimit' ||
    (grandparent === 'resources' &&
      (parent === 'requests' || parent === 'limits'))
  );
}

function equalQuantities(git: unknown, live: unknown): boolean {
  if (
    (typeof git !== 'string' && typeof git !== 'number') ||
    (typeof live !== 'string' && typeof live !== 'number')
  ) {
    return false;
  }
  const gitAmount = parseQuantity(String(git));
  const liveAmount = parseQuantity(String(live));
  if (gitAmount === undefined || liveAmount === undefined) {
    return false;
  }
  // Both sides are floating-point numbers, so `0.1` and `100m` can differ in
  // the last bits. Quantities have at most milli precision.
  const scale = Math.max(Math.abs(gitAmount), Math.abs(liveAmount), 1e-3);
  return Math.abs(gitAmount - liveAmount) <= scale * 1e-9;
}

function equalScalars(git: unknown, live: unknown, path: Segment[]): boolean {
  if (git === live) {
    return true;
  }
  return isQuantityPath(path) && equalQuantities(git, live);
}

function difference(
  path: Segment[],
  git: unknown,
  live: unknown,
): ManifestDifference {
  return {
    path: formatPath(path),
    git: toYaml(git).trimEnd(),
    ...(live === undefined ? {} : { live: toYaml(live).trimEnd() }),
  };
}

function compareValue(
  git: unknown,
  live: unknown,
  path: Segment[],
  differences: ManifestDifference[],
): void {
  if (git === undefined || git === null || isRestartedAt(path)) {
    return;
  }

  if (Array.isArray(git)) {
    if (!Array.isArray(live) || live.length !== git.length) {
      differences.push(difference(path, git, live));
      return;
    }
    git.forEach((item, index) =>
      compareValue(item, live[index], [...path, index], differences),
    );
    return;
  }

  if (isPlainObject(git)) {
    if (!isPlainObject(live)) {
      differences.push(difference(path, git, live));
      return;
    }
    for (const [key, value] of Object.entries(git)) {
      compareValue(value, live[key], [...path, key], differences);
    }
    return;
  }

  if (!equalScalars(git, live, path)) {
    differences.push(difference(path, git, live));
  }
}

/**
 * Compares every leaf that the Git manifest sets with the live object.
 * Fields that only the live object has, such as server defaults, are
 * ignored. Lists are compared by length and then by index, and a list of
 * another length is one difference at the list's path. Resource quantities
 * are compared by value, and the pod template's
 * `kubectl.kubernetes.io/restartedAt` annotation is ignored because Redeploy
 * sets it on purpose.
 */
export function compareManifests(
  git: unknown,
  live: unknown,
): ManifestDifference[] {
  const differences: ManifestDifference[] = [];
  compareValue(git, live, [], differences);
  return differences;
}
