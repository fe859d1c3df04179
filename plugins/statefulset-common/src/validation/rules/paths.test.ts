import {
  logDirectory,
  validateAbsolutePath,
  validateFileMode,
  validateLogPath,
  validateLogstore,
  validateSubPath,
} from './paths';

describe('validateAbsolutePath', () => {
  it.each(['/', '/data', '/var/lib/postgresql/data'])('accepts %j', value => {
    expect(validateAbsolutePath(value)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['data', 'is not an absolute path'],
    ['/data/../etc', "contains '..'"],
  ])('rejects %j', (value, expected) => {
    expect(validateAbsolutePath(value)).toContain(expected);
  });
});

describe('validateSubPath', () => {
  it.each(['config', 'a/b.conf', '..data'])('accepts %j', value => {
    expect(validateSubPath(value)).toBeUndefined();
  });

  it.each([
    ['/etc', 'is an absolute path'],
    ['../secret', "contains '..'"],
  ])('rejects %j', (value, expected) => {
    expect(validateSubPath(value)).toContain(expected);
  });
});

describe('validateFileMode', () => {
  it.each([0, 0o400, 0o644, 0o777])('accepts %j', value => {
    expect(validateFileMode(value)).toBeUndefined();
  });

  it.each([-1, 0o1000, 644])('rejects %j', value => {
    expect(validateFileMode(value)).toContain('from 0 to 0777 octal');
  });
});

describe('validateLogstore', () => {
  it.each(['app', 'nginx-access', '0ab', 'a'.repeat(63)])(
    'accepts %j',
    value => {
      expect(validateLogstore(value)).toBeUndefined();
    },
  );

  it.each([
    ['ab', 'is 2 characters long'],
    ['a'.repeat(64), 'is 64 characters long'],
    ['access_log', 'is not a valid logstore name'],
    ['Access', 'is not a valid logstore name'],
    ['-app', 'is not a valid logstore name'],
    ['app log', 'is not a valid logstore name'],
  ])('rejects %j', (value, expected) => {
    expect(validateLogstore(value)).toContain(expected);
  });
});

describe('validateLogPath', () => {
  it.each([
    'stdout',
    '/var/log/app/app.log',
    '/var/log/nginx/*.log',
    '/logs/a?.log',
  ])('accepts %j', value => {
    expect(validateLogPath(value)).toBeUndefined();
  });

  it.each([
    ['stderr', 'is not an absolute path'],
    ['logs/app.log', 'is not an absolute path'],
    ['/var/log/*/app.log', 'has a wildcard in its directory'],
    ['/app.log', "is a file in '/'"],
    ['/var/log/app/', 'names a directory'],
  ])('rejects %j', (value, expected) => {
    expect(validateLogPath(value)).toContain(expected);
  });
});

describe('logDirectory', () => {
  it.each([
    ['/var/log/nginx/*.log', '/var/log/nginx'],
    ['/app.log', '/'],
  ])('returns the directory of %j', (path, expected) => {
    expect(logDirectory(path)).toBe(expected);
  });
});
