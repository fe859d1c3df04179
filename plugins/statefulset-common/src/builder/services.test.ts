import { buildAccessService, buildHeadlessService } from './services';
import { fullInput, minimalInput, parseValues } from './__testUtils__/values';

describe('buildHeadlessService', () => {
  it('governs pods without a cluster IP', () => {
    const service = buildHeadlessService(parseValues(minimalInput()));

    expect(service.metadata.name).toBe('db-headless');
    expect(service.spec.clusterIP).toBe('None');
    expect(service.spec.publishNotReadyAddresses).toBe(true);
    expect(service.spec.selector).toEqual({
      'app.kubernetes.io/name': 'db',
      'app.kubernetes.io/instance': 'db',
    });
    expect(service.spec.ports).toBeUndefined();
  });

  it('publishes every container port once', () => {
    const input = fullInput();
    const containers = input.containers as Array<Record<string, unknown>>;
    containers[1].ports = [
      { containerPort: 5432 },
      { name: 'http', containerPort: 2020 },
    ];
    const service = buildHeadlessService(parseValues(input));

    expect(service.spec.ports).toEqual([
      { name: 'postgres', port: 5432, targetPort: 'postgres', protocol: 'TCP' },
      { name: 'tcp-9187', port: 9187, targetPort: 9187, protocol: 'TCP' },
      { name: 'http', port: 2020, targetPort: 'http', protocol: 'TCP' },
    ]);
  });
});

describe('buildAccessService', () => {
  it('is absent when disabled', () => {
    const input = minimalInput({
      service: { enabled: false, ports: [{ port: 80 }] },
    });

    expect(buildAccessService(parseValues(input))).toBeUndefined();
  });

  const typeCases: Array<[string, number | undefined]> = [
    ['NodePort', 30080],
    ['LoadBalancer', 30080],
  ];

  it.each(typeCases)('keeps nodePort for %s', (type, nodePort) => {
    const input = minimalInput({
      service: {
        enabled: true,
        type,
        ports: [{ port: 80, targetPort: 8080, nodePort }],
      },
    });
    const service = buildAccessService(parseValues(input));

    expect(service?.spec.type).toBe(type);
    expect(service?.spec.ports).toEqual([
      { port: 80, targetPort: 8080, nodePort },
    ]);
  });

  it('selects the set pods by name', () => {
    const service = buildAccessService(parseValues(fullInput()));

    expect(service?.metadata.name).toBe('orders-db');
    expect(service?.metadata.namespace).toBe('payments');
    expect(service?.spec.selector).toEqual({
      'app.kubernetes.io/name': 'orders-db',
      'app.kubernetes.io/instance': 'orders-db',
    });
    expect(service?.spec.clusterIP).toBeUndefined();
  });

  it('defaults to ClusterIP', () => {
    const input = minimalInput({
      service: { enabled: true, ports: [{ port: 5432 }] },
    });

    expect(buildAccessService(parseValues(input))?.spec.type).toBe('ClusterIP');
  });
});
