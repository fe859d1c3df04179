import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';
import { formatFieldErrors } from './fieldError';
import { validValues } from './testValues';
import { validateStatefulSetValues } from './validateStatefulSetValues';

const examplesDirectory = resolve(
  __dirname,
  '../../../../templates/statefulset/examples',
);

function readExample(file: string): unknown {
  return parse(readFileSync(resolve(examplesDirectory, file), 'utf8'));
}

function errorsOf(input: unknown): string[] {
  const result = validateStatefulSetValues(input);
  return result.success ? [] : formatFieldErrors(result.errors).split('\n');
}

function valuesOf(input: unknown) {
  const result = validateStatefulSetValues(input);
  if (!result.success) {
    throw new Error(
      `expected valid values:\n${formatFieldErrors(result.errors)}`,
    );
  }
  return result.values;
}

function errorAt(input: unknown, path: string): string | undefined {
  return errorsOf(input).find(line => line.startsWith(`${path}: `));
}

describe('validateStatefulSetValues examples', () => {
  it.each(['nginx.yaml', 'full.yaml'])('accepts %s', file => {
    expect(errorsOf(readExample(file))).toEqual([]);
  });

  it('accepts the minimal test values', () => {
    expect(errorsOf(validValues())).toEqual([]);
  });
});

describe('validateStatefulSetValues defaults', () => {
  it('applies namespace and replicas defaults', () => {
    const values = valuesOf(validValues());

    expect(values.namespace).toBe('default');
    expect(values.replicas).toBe(1);
    expect(values.service?.type).toBe('ClusterIP');
  });

  it('applies the Kubernetes probe defaults', () => {
    const input = validValues();
    input.containers[0].probes = {
      liveness: { type: 'tcpSocket', tcpSocket: { port: 'redis' } },
    };

    const probe = valuesOf(input).containers[0].probes?.liveness;

    expect(probe?.periodSeconds).toBe(10);
    expect(probe?.timeoutSeconds).toBe(1);
    expect(probe?.successThreshold).toBe(1);
    expect(probe?.failureThreshold).toBe(3);
    expect(probe?.initialDelaySeconds).toBeUndefined();
  });

  it('defaults minReplicas to one', () => {
    const input = validValues();
    input.autoscaling = { enabled: true, maxReplicas: 3, cpuUtilization: 80 };

    expect(valuesOf(input).autoscaling?.minReplicas).toBe(1);
  });

  it('turns YAML number quantities into strings', () => {
    const input = validValues();
    input.containers[0].resources = {
      requests: { cpu: 1 },
      limits: { cpu: 2 },
    };

    expect(valuesOf(input).containers[0].resources?.requests?.cpu).toBe('1');
  });
});

describe('validateStatefulSetValues reports', () => {
  it('every invalid field at once, cross-field rules included', () => {
    const input = validValues();
    input.name = 'Cache_1';
    input.replicas = -2;
    input.containers[0].ports[0].name = 'metrics-exporter-https';
    input.containers[0].resources.requests.memory = '2GiB';
    input.volumeClaimTemplates[0].storage = 'lots';
    input.owner = '';

    const paths = errorsOf(input).map(line => line.split(': ')[0]);

    expect(paths).toEqual([
      'name',
      'replicas',
      'containers[0].resources.requests.memory',
      'containers[0].ports[0].name',
      'volumeClaimTemplates[0].storage',
      'owner',
      'service.ports[0].targetPort',
    ]);
  });

  it('the port name with value and example', () => {
    const input = validValues();
    input.containers[0].ports[0].name = 'metrics-exporter-https';

    expect(errorsOf(input)).toContain(
      `containers[0].ports[0].name: "metrics-exporter-https" is 22 characters long, a port name has at most 15 characters of a-z, 0-9 and '-', at least one letter, and no leading, trailing or doubled '-', e.g. "metrics-https"`,
    );
  });

  it('field rules beside a structural error', () => {
    const input = validValues();
    input.containers[0].image.tag = 1.2;
    input.containers[0].ports[0].name = 'HTTP';

    const errors = errorsOf(input);

    expect(
      errors.some(line =>
        line.startsWith(
          'containers[0].image.tag: 1.2 is a number, this field is a string: quote it in YAML, e.g. "1.2". YAML reads unquoted numbers such as 0755, 1e3 and 1.50 as 755, 1000 and 1.5, so quote the text exactly as meant',
        ),
      ),
    ).toBe(true);
    expect(
      errors.some(line =>
        line.startsWith('containers[0].ports[0].name: "HTTP"'),
      ),
    ).toBe(true);
  });

  it('an empty values file', () => {
    expect(errorsOf(null)).toEqual([
      'values: is empty, the values are a map of the template parameters, e.g. name, containers and owner',
    ]);
  });

  it('input that is not an object', () => {
    expect(errorsOf('name: x')).toEqual([
      'values: "name: x" is a string, expected an object',
    ]);
  });
});

describe('validateStatefulSetValues structure messages', () => {
  const cases: Array<
    [string, (input: Record<string, any>) => void, string, string]
  > = [
    [
      'missing name',
      input => delete input.name,
      'name',
      'is missing, set name to a name such as "app"',
    ],
    [
      'no containers',
      input => (input.containers = []),
      'containers',
      'is empty, containers needs at least 1 entry',
    ],
    [
      'string replicas',
      input => (input.replicas = '3'),
      'replicas',
      '"3" is a string, write the number without quotes, e.g. 3',
    ],
    [
      'fractional replicas',
      input => (input.replicas = 1.5),
      'replicas',
      '1.5 is not a whole number, use an integer, e.g. 2',
    ],
    [
      'enum case',
      input => (input.service.type = 'nodeport'),
      'service.type',
      '"nodeport" is not allowed, use "NodePort" (one of ClusterIP, NodePort, LoadBalancer)',
    ],
    [
      'unknown env source',
      input => (input.containers[0].env = [{ source: 'file', name: 'A' }]),
      'containers[0].env[0].source',
      '"file" is not a known source, use one of value, configMapKey, secretKey, configMap, secret, fieldRef',
    ],
    [
      'misspelled key',
      input => (input.containers[0].ports[0].containerport = 1),
      'containers[0].ports[0].containerport',
      'is not a known field, did you mean "containerPort"?',
    ],
    [
      'unknown key',
      input => (input.containers[0].image.registry = 'x'),
      'containers[0].image.registry',
      'is not a known field, remove it or use one of repository, tag, digest, pullPolicy',
    ],
    [
      'probe on init container',
      input =>
        (input.initContainers = [
          { name: 'init', image: { repository: 'busybox' }, probes: {} },
        ]),
      'initContainers[0].probes',
      'is not allowed on an init container',
    ],
    [
      'boolean port',
      input => (input.service.ports[0].targetPort = true),
      'service.ports[0].targetPort',
      'true is neither a port number nor a port name',
    ],
    [
      'string boolean',
      input => (input.timezoneSync = 'yes'),
      'timezoneSync',
      '"yes" is a string, write true or false without quotes',
    ],
    [
      'null labels',
      input => (input.labels = null),
      'labels',
      'is empty (null), set labels to a map such as { team: "payments" } or remove the key',
    ],
    [
      'single access mode',
      input => (input.volumeClaimTemplates[0].accessModes = 'ReadWriteOnce'),
      'volumeClaimTemplates[0].accessModes',
      '"ReadWriteOnce" is a single value, this field is a list: write ["ReadWriteOnce"]',
    ],
    [
      'decimal tag',
      input => (input.containers[0].image.tag = 1.2),
      'containers[0].image.tag',
      'YAML reads unquoted numbers such as 0755, 1e3 and 1.50 as 755, 1000 and 1.5',
    ],
    [
      'boolean quantity',
      input => (input.containers[0].resources.requests.cpu = true),
      'containers[0].resources.requests.cpu',
      'true is neither a number nor a string, write a quantity such as "500m" or "1Gi"',
    ],
    [
      'missing volume type',
      input => (input.volumes = [{ name: 'x' }]),
      'volumes[0].type',
      'is missing, set type to one of hostPath, configMap, secret, emptyDir, persistentVolumeClaim',
    ],
  ];

  it.each(cases)('%s', (_name, change, path, message) => {
    const input = validValues();
    change(input);

    expect(errorAt(input, path)).toContain(message);
  });
});

describe('validateStatefulSetValues pitfalls', () => {
  it('rejects a 22-character port name', () => {
    const input = validValues();
    input.containers[0].ports[0].name = 'metrics-exporter-https';

    expect(errorAt(input, 'containers[0].ports[0].name')).toContain(
      'at most 15 characters',
    );
  });

  it('rejects a label value with plus', () => {
    const input = validValues();
    input.labels = { 'app.kubernetes.io/version': '1.2.0+build.7' };

    expect(errorAt(input, 'labels["app.kubernetes.io/version"]')).toContain(
      'e.g. "1.2.0-build.7"',
    );
  });

  it.each([
    ['memory', '2GiB', 'write "2Gi"'],
    ['cpu', '500mi', 'write "500m"'],
  ])('suggests the spelling of %s %j', (resource, value, expected) => {
    const input = validValues();
    input.containers[0].resources.requests[resource] = value;

    expect(
      errorAt(input, `containers[0].resources.requests.${resource}`),
    ).toContain(expected);
  });

  it('rejects a probe with two handlers', () => {
    const input = validValues();
    input.containers[0].probes = {
      readiness: {
        type: 'httpGet',
        httpGet: { path: '/', port: 6379 },
        exec: { command: ['true'] },
      },
    };

    expect(errorAt(input, 'containers[0].probes.readiness.exec')).toContain(
      'a probe of type "httpGet" cannot also have an exec handler',
    );
  });

  it('rejects a probe without its handler', () => {
    const input = validValues();
    input.containers[0].probes = {
      readiness: { type: 'httpGet', exec: { command: ['true'] } },
    };

    const errors = errorsOf(input);

    expect(
      errors.some(line =>
        line.startsWith('containers[0].probes.readiness.httpGet: is missing'),
      ),
    ).toBe(true);
    expect(
      errors.some(line =>
        line.startsWith('containers[0].probes.readiness.exec: '),
      ),
    ).toBe(true);
  });

  it('rejects an Ingress path without pathType', () => {
    const input = validValues();
    input.ingress = {
      enabled: true,
      rules: [{ paths: [{ path: '/', servicePort: 6379 }] }],
    };

    expect(errorAt(input, 'ingress.rules[0].paths[0].pathType')).toBe(
      'ingress.rules[0].paths[0].pathType: is missing, set pathType to one of Prefix, Exact or ImplementationSpecific',
    );
  });

  it.each([
    'on',
    'no',
    '0755',
    '1e3',
    'a: b',
    '# note',
    'line one\nline two',
    '',
  ])('keeps environment value %j as given', value => {
    const input = validValues();
    input.containers[0].env = [{ source: 'value', name: 'SETTING', value }];

    const entry = valuesOf(input).containers[0].env?.[0];

    expect(entry).toEqual({ source: 'value', name: 'SETTING', value });
  });

  it('rejects an unquoted YAML number as environment value', () => {
    const input = parse(
      'containers:\n  - env:\n      - source: value\n        name: MODE\n        value: 0755\n',
    );
    const values = validValues();
    values.containers[0].env = input.containers[0].env;

    expect(errorAt(values, 'containers[0].env[0].value')).toBe(
      'containers[0].env[0].value: 755 is a number, this field is a string: quote it in YAML, e.g. "755". YAML reads unquoted numbers such as 0755, 1e3 and 1.50 as 755, 1000 and 1.5, so quote the text exactly as meant',
    );
  });

  it.each(['labels', 'podLabels'])('rejects selector labels in %s', field => {
    const input = validValues();
    input[field] = {
      'app.kubernetes.io/name': 'other',
      'app.kubernetes.io/instance': 'other',
    };

    const errors = errorsOf(input);

    expect(
      errors.some(line =>
        line.startsWith(
          `${field}["app.kubernetes.io/name"]: is a selector label`,
        ),
      ),
    ).toBe(true);
    expect(
      errors.some(line =>
        line.startsWith(
          `${field}["app.kubernetes.io/instance"]: is a selector label`,
        ),
      ),
    ).toBe(true);
  });

  it('accepts other labels beside the selector', () => {
    const input = validValues();
    input.podLabels = { 'app.kubernetes.io/component': 'cache' };

    expect(errorsOf(input)).toEqual([]);
  });

  it('rejects a partition with OnDelete', () => {
    const input = validValues();
    input.updateStrategy = { type: 'OnDelete', partition: 1 };

    expect(errorAt(input, 'updateStrategy.partition')).toContain(
      'a partition applies to RollingUpdate only',
    );
  });

  it('accepts a partition with RollingUpdate', () => {
    const input = validValues();
    input.updateStrategy = { type: 'RollingUpdate', partition: 1 };

    expect(valuesOf(input).updateStrategy).toEqual({
      type: 'RollingUpdate',
      partition: 1,
    });
  });
});

describe('validateStatefulSetValues top-level keys', () => {
  it.each([
    ['replicaz', 'did you mean "replicas"?'],
    ['namepsace', 'did you mean "namespace"?'],
    ['Containers', 'did you mean "containers"?'],
    ['storageSize', 'remove it or use one of its parameters'],
  ])('rejects unknown key %s', (key, hint) => {
    const errors = errorsOf({ ...validValues(), [key]: 3 });

    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${key}: is not a parameter of the template`);
    expect(errors[0]).toContain(hint);
  });

  it('lists an unknown key beside field errors', () => {
    const errors = errorsOf({ ...validValues(), replicas: -1, replica: 5 });

    expect(errors.some(line => line.startsWith('replica: '))).toBe(true);
    expect(errors.some(line => line.startsWith('replicas: '))).toBe(true);
  });

  it('accepts the wizard-only parameters', () => {
    const values = valuesOf({
      ...validValues(),
      customScheduling: false,
      entity: 'component:default/nginx',
      preview: {},
      publishTo: 'local',
    });

    expect(values).not.toHaveProperty('entity');
    expect(values).not.toHaveProperty('publishTo');
  });
});
