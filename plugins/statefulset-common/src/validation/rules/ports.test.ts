import {
  validateNodePort,
  validatePortName,
  validatePortNumber,
} from './ports';

describe('validatePortName', () => {
  it.each(['http', 'metrics-https', 'h2c', 'a-b-c', 'x'.repeat(15), '8080a'])(
    'accepts %j',
    value => {
      expect(validatePortName(value)).toBeUndefined();
    },
  );

  it.each([
    ['', 'is empty'],
    ['metrics-exporter-https', 'is 22 characters long'],
    ['HTTP', "contains characters other than a-z, 0-9 and '-'"],
    ['my_port', "contains characters other than a-z, 0-9 and '-'"],
    ['8080', 'has no letter'],
    ['-http', "starts or ends with '-'"],
    ['http-', "starts or ends with '-'"],
    ['web--ui', "contains '--'"],
  ])('rejects %j', (value, expected) => {
    expect(validatePortName(value)).toContain(expected);
  });

  it('suggests a shorter name for a long one', () => {
    expect(validatePortName('metrics-exporter-https')).toBe(
      `"metrics-exporter-https" is 22 characters long, a port name has at most 15 characters of a-z, 0-9 and '-', at least one letter, and no leading, trailing or doubled '-', e.g. "metrics-https"`,
    );
  });
});

describe('validatePortNumber', () => {
  it.each([1, 80, 65535])('accepts %j', value => {
    expect(validatePortNumber(value)).toBeUndefined();
  });

  it.each([0, -1, 65536, 80.5])('rejects %j', value => {
    expect(validatePortNumber(value)).toContain(
      'a port number is an integer from 1 to 65535',
    );
  });
});

describe('validateNodePort', () => {
  it.each([30000, 30432, 32767])('accepts %j', value => {
    expect(validateNodePort(value)).toBeUndefined();
  });

  it.each([29999, 32768, 80])('rejects %j', value => {
    expect(validateNodePort(value)).toContain('from 30000 to 32767');
  });
});
