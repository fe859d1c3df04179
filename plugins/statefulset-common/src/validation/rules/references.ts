import { makeValidator, parseEntityRef } from '@backstage/catalog-model';
import { describeValue } from './describe';
import { validateAnnotationKey, validateLabelKey } from './names';

/**
 * Checks a Backstage entity reference such as `group:default/guests`. A bare
 * name is read as a group in the default namespace.
 */
export function validateEntityRef(
  value: string,
  example = 'group:default/guests',
): string | undefined {
  const valid = `an entity reference is [kind:][namespace/]name, e.g. "${example}"`;

  if (value.trim().length === 0) {
    return `is empty, ${valid}`;
  }
  if (/\s/.test(value)) {
    return `${describeValue(value)} contains whitespace, ${valid}`;
  }

  let ref: { kind: string; namespace: string; name: string };
  try {
    ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch {
    return `${describeValue(value)} is not an entity reference, ${valid}`;
  }

  const validator = makeValidator();
  const partsValid =
    validator.isValidKind(ref.kind) &&
    validator.isValidNamespace(ref.namespace) &&
    validator.isValidEntityName(ref.name);
  if (!partsValid) {
    return `${describeValue(
      value,
    )} has an invalid kind, namespace or name, ${valid}`;
  }
  return undefined;
}

/**
 * Checks a repository location in the RepoUrlPicker form
 * `host?owner=<owner>&repo=<repo>`.
 */
export function validateRepoUrl(value: string): string | undefined {
  const valid = `a repository location is "<host>?owner=<owner>&repo=<repository>", e.g. "github.com?owner=acme&repo=orders-db", or leave it out to use the local repository`;

  const questionMark = value.indexOf('?');
  if (questionMark <= 0) {
    return `${describeValue(value)} has no host and query, ${valid}`;
  }

  const host = value.slice(0, questionMark);
  if (!/^[A-Za-z0-9.-]+(:[0-9]+)?$/.test(host)) {
    return `${describeValue(value)} has the invalid host "${host}", ${valid}`;
  }

  const query = new URLSearchParams(value.slice(questionMark + 1));
  if (!query.get('repo')) {
    return `${describeValue(value)} has no repo parameter, ${valid}`;
  }
  return undefined;
}

/** `fieldRef` paths that Kubernetes accepts for environment variables, besides labels and annotations. */
export const ENV_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.podIP',
  'status.podIPs',
] as const;

const subscriptedFieldPattern = /^metadata\.(labels|annotations)\['(.*)'\]$/;

/**
 * Checks the field path of a `fieldRef` environment variable, e.g.
 * `metadata.name` or `metadata.labels['app']`.
 */
export function validateEnvFieldPath(value: string): string | undefined {
  const valid = `a field path is one of ${ENV_FIELD_PATHS.join(
    ', ',
  )}, metadata.labels['<key>'] or metadata.annotations['<key>'], e.g. "metadata.name"`;

  if ((ENV_FIELD_PATHS as readonly string[]).includes(value)) {
    return undefined;
  }

  const match = subscriptedFieldPattern.exec(value);
  if (!match) {
    return `${describeValue(value)} is not a supported field path, ${valid}`;
  }

  const [, kind, key] = match;
  const keyMessage =
    kind === 'labels' ? validateLabelKey(key) : validateAnnotationKey(key);
  if (keyMessage) {
    return `${describeValue(value)} names an invalid key: ${keyMessage}`;
  }
  return undefined;
}
