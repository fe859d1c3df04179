import { z } from 'zod';
import { describeValue } from './rules/describe';
import { FieldError, ValuePath, formatPath } from './fieldError';
import { objectSchemaAt, valueAt } from './schemaAt';

/** Examples shown when a required field is missing, by field name. */
const requiredExamples: Record<string, string> = {
  name: 'a name such as "app"',
  labels: 'a map such as { team: "payments" }',
  podLabels: 'a map such as { tier: "database" }',
  annotations:
    'a map such as { "example.com/runbook": "https://wiki.example.com" }',
  podAnnotations: 'a map such as { "prometheus.io/scrape": "true" }',
  owner: 'the owning group or user, e.g. "group:default/guests"',
  containers: 'at least one container with a name and an image repository',
  image: 'an image such as { repository: "nginx", tag: "1.27.3" }',
  repository: 'an image repository such as "nginx"',
  containerPort: 'a port number from 1 to 65535, e.g. 8080',
  port: 'a port number such as 8080 or a port name such as "http"',
  servicePort: 'a Service port number such as 80 or its name such as "http"',
  mountPath: 'an absolute path such as "/data"',
  storage: 'a size such as "20Gi"',
  accessModes: 'a list such as ["ReadWriteOnce"]',
  value: 'a string; write "" for an empty value',
  key: 'a key such as "password"',
  configMapName: 'the name of a ConfigMap, e.g. "app-config"',
  secretName: 'the name of a Secret, e.g. "app-secrets"',
  claimName: 'the name of a PersistentVolumeClaim, e.g. "shared-data"',
  fieldPath: 'a pod field such as "metadata.name"',
  path: 'a path such as "/"',
  pathType: 'one of Prefix, Exact or ImplementationSpecific',
  paths:
    'a list of paths such as [{ path: "/", pathType: Prefix, servicePort: 80 }]',
  rules: 'a list of rules such as [{ host: "shop.example.com", paths: [...] }]',
  ports: 'a list of ports such as [{ name: "http", port: 80 }]',
  hosts: 'a list of hosts such as ["shop.example.com"]',
  enabled: 'true or false',
  maxReplicas: 'an integer such as 5',
  logstore: 'a logstore name such as "nginx-access"',
  topologyKey: 'a node label key such as "kubernetes.io/hostname"',
  labelSelector: 'a selector such as { matchLabels: { app: "cache" } }',
  matchExpressions:
    'a list such as [{ key: "disktype", operator: In, values: ["ssd"] }]',
  operator: 'an operator such as In',
  weight: 'an integer from 1 to 100, e.g. 50',
  term: 'a pod affinity term with topologyKey and labelSelector',
  command: 'a command such as ["sh", "-c", "pg_isready"]',
  httpGet: 'an HTTP request such as { path: "/healthz", port: 8080 }',
  tcpSocket: 'a socket such as { port: 5432 }',
  exec: 'a command such as { command: ["sh", "-c", "pg_isready"] }',
  hostPath: 'a node path such as { path: "/var/lib/app" }',
  configMap: 'a ConfigMap such as { name: "app-config" }',
  secret: 'a Secret such as { secretName: "app-secrets" }',
  persistentVolumeClaim: 'a claim such as { claimName: "shared-data" }',
};

function lastKey(path: ValuePath): string {
  const keys = path.filter(
    (segment): segment is string => typeof segment === 'string',
  );
  return keys[keys.length - 1] ?? 'values';
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function describeInvalidType(
  issue: z.ZodInvalidTypeIssue,
  value: unknown,
): string {
  const key = lastKey(issue.path);

  // An empty YAML file, or a JSON file of null, parses as null.
  if (
    issue.path.length === 0 &&
    (issue.received === 'null' || issue.received === 'undefined')
  ) {
    return 'is empty, the values are a map of the template parameters, e.g. name, containers and owner';
  }
  if (issue.received === 'undefined') {
    const example = requiredExamples[key] ?? `${article(issue.expected)} value`;
    return `is missing, set ${key} to ${example}`;
  }
  if (issue.received === 'null') {
    const example = requiredExamples[key] ?? `${article(issue.expected)} value`;
    return `is empty (null), set ${key} to ${example} or remove the key`;
  }
  if (
    issue.expected === 'string' &&
    (issue.received === 'number' || issue.received === 'boolean')
  ) {
    // YAML has already turned the text into a number, so the text as
    // written (0755, 1e3, 1.50) is lost and the example may differ from it.
    const rewrittenNumbers =
      typeof value === 'number'
        ? '. YAML reads unquoted numbers such as 0755, 1e3 and 1.50 as 755, 1000 and 1.5, so quote the text exactly as meant'
        : '';
    return `${describeValue(value)} is ${article(
      issue.received,
    )}, this field is a string: quote it in YAML, e.g. "${String(
      value,
    )}"${rewrittenNumbers}`;
  }
  if (issue.expected === 'array' && issue.received !== 'object') {
    return `${describeValue(
      value,
    )} is a single value, this field is a list: write [${describeValue(
      value,
    )}]`;
  }
  if (issue.expected === 'integer' && issue.received === 'float') {
    return `${describeValue(
      value,
    )} is not a whole number, use an integer, e.g. ${Math.round(
      Number(value),
    )}`;
  }
  if (
    (issue.expected === 'number' || issue.expected === 'integer') &&
    issue.received === 'string'
  ) {
    return `${describeValue(
      value,
    )} is a string, write the number without quotes, e.g. ${
      Number(value) || 1
    }`;
  }
  if (issue.expected === 'boolean' && issue.received === 'string') {
    return `${describeValue(
      value,
    )} is a string, write true or false without quotes`;
  }
  return `${describeValue(value)} is ${article(
    issue.received,
  )}, expected ${article(issue.expected)}`;
}

function closestOption(
  value: unknown,
  options: ReadonlyArray<unknown>,
): unknown {
  if (typeof value !== 'string') {
    return undefined;
  }
  const normalized = value.toLowerCase().replace(/[-_\s]/g, '');
  return options.find(
    option =>
      String(option)
        .toLowerCase()
        .replace(/[-_\s]/g, '') === normalized,
  );
}

function describeOptions(
  value: unknown,
  options: ReadonlyArray<unknown>,
): string {
  const listed = options
    .map(option => (option === '' ? '""' : String(option)))
    .join(', ');
  const closest = closestOption(value, options);
  return closest === undefined
    ? `use one of ${listed}`
    : `use "${String(closest)}" (one of ${listed})`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      const cost = a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1;
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length];
}

function describeUnknownKey(
  key: string,
  objectPath: ValuePath,
  knownKeys: string[],
): string {
  if (
    objectPath[0] === 'initContainers' &&
    objectPath.length === 2 &&
    (key === 'probes' || key === 'lifecycle')
  ) {
    return `is not allowed on an init container, init containers have no probes or lifecycle hooks: remove "${key}" or move it to an entry of containers`;
  }

  const closest = knownKeys
    .map(known => ({ known, distance: editDistance(key, known) }))
    .filter(candidate => candidate.distance <= 2)
    .sort((left, right) => left.distance - right.distance)[0];
  if (closest) {
    return `is not a known field, did you mean "${closest.known}"?`;
  }
  return `is not a known field, remove it or use one of ${knownKeys.join(
    ', ',
  )}`;
}

/** Turns a zod issue into field errors with the value and a valid example. */
export function fieldErrorsFromIssue(
  issue: z.ZodIssue,
  input: unknown,
  schema: z.ZodTypeAny,
): FieldError[] {
  const value = valueAt(input, issue.path);
  const key = lastKey(issue.path);
  const at = (message: string, path: ValuePath = issue.path): FieldError[] => [
    { path: formatPath(path), message },
  ];

  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      return at(describeInvalidType(issue, value));

    case z.ZodIssueCode.invalid_enum_value:
      return at(
        `${describeValue(issue.received)} is not allowed, ${describeOptions(
          issue.received,
          issue.options,
        )}`,
      );

    case z.ZodIssueCode.invalid_union_discriminator:
      if (value === undefined) {
        return at(
          `is missing, set ${key} to one of ${issue.options
            .map(String)
            .join(', ')}`,
        );
      }
      return at(
        `${describeValue(value)} is not a known ${key}, ${describeOptions(
          value,
          issue.options,
        )}`,
      );

    case z.ZodIssueCode.unrecognized_keys: {
      const objectSchema = objectSchemaAt(schema, input, issue.path);
      const knownKeys = objectSchema ? Object.keys(objectSchema.shape) : [];
      return issue.keys.flatMap(unknownKey =>
        at(describeUnknownKey(unknownKey, issue.path, knownKeys), [
          ...issue.path,
          unknownKey,
        ]),
      );
    }

    case z.ZodIssueCode.invalid_union:
      if (key === 'maxUnavailable') {
        return at(
          `${describeValue(
            value,
          )} is neither a number nor a percentage, use a number of pods or a percentage, e.g. 1 or "25%"`,
        );
      }
      if (/port/i.test(key)) {
        return at(
          `${describeValue(
            value,
          )} is neither a port number nor a port name, e.g. 8080 or "http"`,
        );
      }
      return at(
        `${describeValue(
          value,
        )} is neither a number nor a string, write a quantity such as "500m" or "1Gi"`,
      );

    case z.ZodIssueCode.too_small:
      if (issue.type === 'array') {
        const count = Number(issue.minimum);
        const example = requiredExamples[key]
          ? `, e.g. ${requiredExamples[key]}`
          : '';
        return at(
          `is empty, ${key} needs at least ${count} ${
            count === 1 ? 'entry' : 'entries'
          }${example}`,
        );
      }
      return at(`${describeValue(value)} is too small: ${issue.message}`);

    default:
      return at(issue.message);
  }
}
