import {
  validateIngressHost,
  validateIngressPath,
  validateWeight,
} from './network';

describe('validateIngressHost', () => {
  it.each(['foo.bar.com', 'localhost', '*.example.com', 'a-b.example.com'])(
    'accepts %j',
    value => {
      expect(validateIngressHost(value)).toBeUndefined();
    },
  );

  it.each([
    ['', 'is empty'],
    ['10.0.0.1', 'is an IP address'],
    ['[::1]', 'is an IP address'],
    ['fe80::1', 'is an IP address'],
    ['foo.com:8080', 'contains a port'],
    ['https://foo.com', 'contains a scheme'],
    ['foo.com/api', 'contains a path'],
    ['foo.*.com', 'wildcard that is not the whole first label'],
    ['*foo.com', 'wildcard that is not the whole first label'],
    ['Foo.com', 'e.g. "foo.com"'],
    ['foo_bar.com', 'is not a valid DNS name'],
  ])('rejects %j', (value, expected) => {
    expect(validateIngressHost(value)).toContain(expected);
  });

  it('gives the lowercase host as only example', () => {
    expect(validateIngressHost('Foo.com')).toBe(
      '"Foo.com" is not a valid DNS name, a host is a lowercase DNS name without scheme, port or path, with a wildcard only as the first label "*.", e.g. "foo.com"',
    );
  });
});

describe('validateIngressPath', () => {
  it.each([
    ['/', 'Prefix'],
    ['/api', 'Exact'],
    ['/api/v1/', 'Prefix'],
    ['', 'ImplementationSpecific'],
    ['/api/.*', 'ImplementationSpecific'],
    ['/a//b', 'ImplementationSpecific'],
  ])('accepts %j with %s', (value, pathType) => {
    expect(validateIngressPath(value, pathType)).toBeUndefined();
  });

  it.each([
    ['api', 'Prefix', 'is not an absolute path'],
    ['', 'Exact', 'is not an absolute path'],
    ['api', 'ImplementationSpecific', 'is not an absolute path'],
    ['/a//b', 'Prefix', 'contains "//"'],
    ['/a/./b', 'Exact', 'contains "/./"'],
    ['/a/../b', 'Prefix', 'contains "/../"'],
    ['/a%2fb', 'Prefix', 'contains "%2f"'],
    ['/a/..', 'Prefix', 'ends with "/.."'],
    ['/a/.', 'Exact', 'ends with "/."'],
  ])('rejects %j with %s', (value, pathType, expected) => {
    expect(validateIngressPath(value, pathType)).toContain(expected);
  });
});

describe('validateWeight', () => {
  it.each([1, 50, 100])('accepts %j', value => {
    expect(validateWeight(value)).toBeUndefined();
  });

  it.each([0, 101, -5])('rejects %j', value => {
    expect(validateWeight(value)).toContain('from 1 to 100');
  });
});
