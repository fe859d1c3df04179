import {
  QuantityKind,
  parseQuantity,
  suggestQuantity,
  validateQuantity,
} from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['1', 1],
    ['500m', 0.5],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['2Ki', 2048],
    ['1Gi', 2 ** 30],
    ['1G', 1e9],
    ['1e3', 1000],
    ['1E-3', 0.001],
    ['+2k', 2000],
    ['-1', -1],
    ['1E', 1e18],
    ['1Ei', 2 ** 60],
    ['2E2', 200],
  ])('reads %j', (value, expected) => {
    expect(parseQuantity(value)! / expected).toBeCloseTo(1);
  });

  it.each([
    '',
    'Gi',
    '1 Gi',
    '2GiB',
    '1gb',
    '500mi',
    '1.2.3',
    '1e',
    'e3',
    '1Ki5',
  ])('rejects %j', value => {
    expect(parseQuantity(value)).toBeUndefined();
  });
});

describe('validateQuantity', () => {
  it.each<[string, QuantityKind]>([
    ['250m', 'cpu'],
    ['2', 'cpu'],
    ['0.5', 'cpu'],
    ['0', 'cpu'],
    ['256Mi', 'memory'],
    ['1.5Gi', 'memory'],
    ['1G', 'memory'],
    ['1e9', 'memory'],
    ['20Gi', 'storage'],
    ['1Ti', 'storage'],
    ['1Ei', 'storage'],
    ['2E', 'memory'],
    ['1.5Gi', 'storage'],
    ['1.1G', 'memory'],
    ['0.5Ki', 'memory'],
    ['1.25e3', 'memory'],
  ])('accepts %j as %s', (value, kind) => {
    expect(validateQuantity(value, kind)).toBeUndefined();
  });

  it.each<[string, QuantityKind, string]>([
    ['2GiB', 'memory', 'write "2Gi"'],
    ['500mi', 'cpu', 'write "500m"'],
    ['500mi', 'memory', 'write "500Mi"'],
    ['1gb', 'memory', 'write "1G" or "1Gi"'],
    ['1GB', 'storage', 'write "1G" or "1Gi"'],
    ['512MB', 'memory', 'write "512M" or "512Mi"'],
    ['2 Gi', 'memory', 'write "2Gi"'],
    ['1,5Gi', 'memory', 'write "1.5Gi"'],
    ['2 cores', 'cpu', 'write "2"'],
    ['100millicores', 'cpu', 'write "100m"'],
    ['lots', 'memory', 'memory is counted in bytes'],
    ['-1', 'cpu', 'is negative'],
    ['500Mi', 'cpu', 'uses a byte unit for CPU'],
    ['500m', 'memory', 'write "500Mi" (mebibytes) or "500M" (megabytes)'],
    ['0.5', 'storage', 'not a whole number of bytes'],
    ['1.0000001Gi', 'memory', 'not a whole number of bytes'],
    ['1.0001Ki', 'storage', 'not a whole number of bytes'],
    ['1.5e0', 'memory', 'not a whole number of bytes'],
  ])('rejects %j as %s', (value, kind, expected) => {
    expect(validateQuantity(value, kind)).toContain(expected);
  });

  it('names the value and the fix', () => {
    expect(validateQuantity('2GiB', 'memory')).toBe(
      '"2GiB" is not a Kubernetes quantity, write "2Gi"',
    );
  });
});

describe('suggestQuantity', () => {
  it('suggests only valid quantities', () => {
    for (const suggestion of suggestQuantity('1gb', 'memory')) {
      expect(validateQuantity(suggestion, 'memory')).toBeUndefined();
    }
  });

  it('returns nothing for unknown units', () => {
    expect(suggestQuantity('5 parsecs', 'storage')).toEqual([]);
  });
});
