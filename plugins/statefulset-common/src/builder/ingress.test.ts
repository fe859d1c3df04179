import { buildIngress } from './ingress';
import { fullInput, minimalInput, parseValues } from './__testUtils__/values';

describe('buildIngress', () => {
  it('is absent when disabled', () => {
    const values = parseValues({
      ...fullInput(),
      ingress: { enabled: false, rules: [] },
    });

    expect(buildIngress(values)).toBeUndefined();
  });

  it('gives every path a pathType', () => {
    const ingress = buildIngress(parseValues(fullInput()))!;
    const paths = ingress.spec.rules.flatMap(rule => rule.http.paths);

    expect(paths.map(path => [path.path, path.pathType])).toEqual([
      ['/metrics', 'Exact'],
      ['/', 'Prefix'],
      ['/orders', 'ImplementationSpecific'],
    ]);
  });

  it('sends every path to the access Service', () => {
    const ingress = buildIngress(parseValues(fullInput()))!;
    const backends = ingress.spec.rules.flatMap(rule =>
      rule.http.paths.map(path => path.backend),
    );

    expect(backends).toEqual([
      { service: { name: 'orders-db', port: { number: 9187 } } },
      { service: { name: 'orders-db', port: { name: 'postgres' } } },
      { service: { name: 'orders-db', port: { number: 9187 } } },
    ]);
  });

  it('writes class, hosts and TLS', () => {
    const ingress = buildIngress(parseValues(fullInput()))!;

    expect(ingress.apiVersion).toBe('networking.k8s.io/v1');
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.rules[0].host).toBe('orders.example.com');
    expect('host' in ingress.spec.rules[1]).toBe(false);
    expect(ingress.spec.tls).toEqual([
      { hosts: ['orders.example.com'], secretName: 'orders-example-com-tls' },
    ]);
  });

  it('leaves class and TLS out when absent', () => {
    const input = minimalInput({
      service: { enabled: true, ports: [{ name: 'http', port: 80 }] },
      ingress: {
        enabled: true,
        rules: [
          { paths: [{ path: '/', pathType: 'Prefix', servicePort: 'http' }] },
        ],
      },
    });
    const ingress = buildIngress(parseValues(input))!;

    expect(Object.keys(ingress.spec)).toEqual(['rules']);
  });
});
