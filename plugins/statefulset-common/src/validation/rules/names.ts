import { describeLength, describeValue } from './describe';

export const DNS1123_LABEL_MAX_LENGTH = 63;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;

const dns1123LabelPattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1035LabelPattern = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const dns1123SubdomainPattern =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Turns a string into the closest DNS-1123 label: lowercase, other
 * characters replaced by '-', no leading, trailing or doubled '-'.
 */
export function suggestDns1123Label(
  value: string,
  maxLength = DNS1123_LABEL_MAX_LENGTH,
): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

function exampleFor(
  value: string,
  fallback: string,
  maxLength?: number,
): string {
  const suggestion = suggestDns1123Label(value, maxLength);
  return suggestion && suggestion !== value ? suggestion : fallback;
}

function dnsLabelMessage(
  value: string,
  rule: string,
  maxLength: number,
  pattern: RegExp,
  fallback: string,
): string | undefined {
  const example = exampleFor(value, fallback, maxLength);
  const valid = `${rule}, e.g. "${example}"`;

  if (value.length === 0) {
    return `is empty, ${valid}`;
  }
  if (value.length > maxLength) {
    return `${describeLength(value)}, ${valid}`;
  }
  if (!pattern.test(value)) {
    return `${describeValue(value)} is not a valid name, ${valid}`;
  }
  return undefined;
}

/** Checks a DNS-1123 label: object names such as a namespace, container or volume name. */
export function validateDns1123Label(value: string): string | undefined {
  return dnsLabelMessage(
    value,
    "a DNS-1123 label has at most 63 characters of a-z, 0-9 and '-', and starts and ends with a letter or digit",
    DNS1123_LABEL_MAX_LENGTH,
    dns1123LabelPattern,
    'my-app',
  );
}

/** Checks a DNS-1035 label, which Service names must be: like a DNS-1123 label, but starting with a letter. */
export function validateDns1035Label(value: string): string | undefined {
  return dnsLabelMessage(
    value,
    "a DNS-1035 label has at most 63 characters of a-z, 0-9 and '-', starts with a letter and ends with a letter or digit",
    DNS1123_LABEL_MAX_LENGTH,
    dns1035LabelPattern,
    'my-app',
  );
}

/** Checks a DNS-1123 subdomain: names of ConfigMaps, Secrets, claims and StorageClasses. */
export function validateDns1123Subdomain(value: string): string | undefined {
  const rule =
    "a DNS-1123 subdomain has at most 253 characters of a-z, 0-9, '-' and '.', and each dot-separated part starts and ends with a letter or digit";
  const suggestion = value
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/\.+/g, '.')
    .replace(/(^|\.)-+|-+(\.|$)/g, '$1$2')
    .replace(/^\.+|\.+$/g, '');
  const example = suggestion && suggestion !== value ? suggestion : 'my-config';
  const valid = `${rule}, e.g. "${example}"`;

  if (value.length === 0) {
    return `is empty, ${valid}`;
  }
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) {
    return `${describeLength(value)}, ${valid}`;
  }
  if (!dns1123SubdomainPattern.test(value)) {
    return `${describeValue(value)} is not a valid name, ${valid}`;
  }
  return undefined;
}

/**
 * Maximum length of a StatefulSet name. The controller adds the label
 * `controller-revision-hash: <name>-<hash>` to every pod. The hash is a
 * 32-bit FNV hash written in up to 10 characters (ControllerRevisionName in
 * Kubernetes' pkg/controller/history), and a label value has at most 63
 * characters, so the name has at most 52. The API server does not check this.
 */
export const STATEFULSET_NAME_MAX_LENGTH = 52;

/**
 * Checks the StatefulSet name. It also names the headless Service, so it is a
 * DNS-1035 label, and its length leaves room for the revision hash label.
 */
export function validateStatefulSetName(value: string): string | undefined {
  const rule =
    "a StatefulSet name has at most 52 characters of a-z, 0-9 and '-', starts with a letter and ends with a letter or digit, so that the Service of the same name and the pods' controller-revision-hash label (name, '-' and a 10-character hash) stay valid";

  return dnsLabelMessage(
    value,
    rule,
    STATEFULSET_NAME_MAX_LENGTH,
    dns1035LabelPattern,
    'my-app',
  );
}

const qualifiedNamePartPattern = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/**
 * Checks a qualified name such as a label or annotation key: an optional
 * DNS-1123 subdomain prefix and '/', then a name of at most 63 characters.
 */
export function validateQualifiedName(
  value: string,
  keyKind = 'key',
): string | undefined {
  const article = /^[aeiou]/.test(keyKind) ? 'an' : 'a';
  const valid = `${article} ${keyKind} is an optional DNS subdomain prefix and '/' followed by a name of at most 63 characters of a-z, A-Z, 0-9, '-', '_' and '.' that starts and ends with a letter or digit, e.g. "app.kubernetes.io/component" or "tier"`;

  if (value.length === 0) {
    return `is empty, ${valid}`;
  }

  const parts = value.split('/');
  if (parts.length > 2) {
    return `${describeValue(value)} contains more than one '/', ${valid}`;
  }

  const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]];
  if (prefix !== undefined) {
    if (prefix.length === 0) {
      return `${describeValue(value)} has an empty prefix before '/', ${valid}`;
    }
    if (
      prefix.length > DNS1123_SUBDOMAIN_MAX_LENGTH ||
      !dns1123SubdomainPattern.test(prefix)
    ) {
      return `${describeValue(
        value,
      )} has the prefix "${prefix}", which is not a lowercase DNS subdomain, ${valid}`;
    }
  }
  if (name.length === 0) {
    return `${describeValue(value)} has an empty name after '/', ${valid}`;
  }
  if (name.length > 63) {
    return `${describeValue(value)} has a name part of ${
      name.length
    } characters, ${valid}`;
  }
  if (!qualifiedNamePartPattern.test(name)) {
    return `${describeValue(value)} is not a valid ${keyKind}, ${valid}`;
  }
  return undefined;
}

/** Checks a label key, e.g. `app.kubernetes.io/name` or `tier`. */
export function validateLabelKey(value: string): string | undefined {
  return validateQualifiedName(value, 'label key');
}

/**
 * Checks an annotation key. The API server checks the lowercased key, so an
 * uppercase prefix such as `Example.com/note` is allowed.
 */
export function validateAnnotationKey(value: string): string | undefined {
  if (
    validateQualifiedName(value.toLowerCase(), 'annotation key') === undefined
  ) {
    return undefined;
  }
  return validateQualifiedName(value, 'annotation key');
}

const labelValuePattern = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Checks a label value: empty, or at most 63 characters of alphanumerics, '-', '_' and '.' with alphanumeric ends. */
export function validateLabelValue(value: string): string | undefined {
  const suggestion = value
    .replace(/[^-A-Za-z0-9_.]+/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  const example =
    suggestion && suggestion !== value ? suggestion : '1.2.0-build.7';
  const valid = `a label value has at most 63 characters, starts and ends with a letter or digit, and contains only letters, digits, '-', '_' and '.', e.g. "${example}"`;

  if (value.length > 63) {
    return `${describeLength(value)}, ${valid}`;
  }
  if (!labelValuePattern.test(value)) {
    return `${describeValue(value)} is not a valid label value, ${valid}`;
  }
  return undefined;
}

/** Maximum total size of all annotation keys and values of one object: 256 KiB. */
export const ANNOTATIONS_TOTAL_MAX_BYTES = 256 * 1024;

/** Checks the total size of an object's annotations (keys plus values, in bytes). */
export function validateAnnotationsSize(
  annotations: Record<string, string>,
): string | undefined {
  const encoder = new TextEncoder();
  let total = 0;
  for (const [key, value] of Object.entries(annotations)) {
    total += encoder.encode(key).length + encoder.encode(value).length;
  }

  if (total > ANNOTATIONS_TOTAL_MAX_BYTES) {
    return `total ${total} bytes of keys and values, annotations of one object have at most 262144 bytes (256 KiB); move large content into a ConfigMap`;
  }
  return undefined;
}

const configMapKeyPattern = /^[-._a-zA-Z0-9]+$/;

/** Checks a key of a ConfigMap or Secret. */
export function validateConfigMapKey(value: string): string | undefined {
  const valid = `a ConfigMap or Secret key has at most 253 characters of letters, digits, '-', '_' and '.', e.g. "app.properties" or "password"`;

  if (value.length === 0) {
    return `is empty, ${valid}`;
  }
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) {
    return `${describeLength(value)}, ${valid}`;
  }
  if (value === '.' || value === '..') {
    return `${describeValue(value)} is not allowed, ${valid}`;
  }
  if (!configMapKeyPattern.test(value)) {
    return `${describeValue(value)} is not a valid key, ${valid}`;
  }
  return undefined;
}

/**
 * Checks an environment variable name with the rule of Kubernetes 1.34 and
 * later (beta and on by default since 1.32): printable ASCII except '='.
 */
export function validateEnvVarName(value: string): string | undefined {
  const valid = `an environment variable name contains printable ASCII characters other than '=', e.g. "LOG_LEVEL"`;

  if (value.length === 0) {
    return `is empty, ${valid}`;
  }
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || code > 0x7e) {
      return `${describeValue(value)} contains the character ${describeValue(
        character,
      )}, ${valid}`;
    }
    if (character === '=') {
      return `${describeValue(value)} contains '=', ${valid}`;
    }
  }
  return undefined;
}
