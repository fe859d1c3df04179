import {
  validateImageDigest,
  validateImageReference,
  validateImageRepository,
  validateImageTag,
} from './image';

const digest = `sha256:${'a'.repeat(64)}`;

describe('validateImageRepository', () => {
  it.each([
    'nginx',
    'library/nginx',
    'registry.example.com/team/app',
    'registry.example.com:5000/team/app',
    'localhost:5000/app',
    '[::1]:5000/app',
    'quay.io/prometheuscommunity/postgres-exporter',
    'a__b/c.d/e---f',
  ])('accepts %j', value => {
    expect(validateImageRepository(value)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    [' nginx', 'leading or trailing spaces'],
    ['https://registry.example.com/app', 'e.g. "registry.example.com/app"'],
    [
      'nginx:1.27',
      'put "1.27" into image.tag and "nginx" into image.repository',
    ],
    [
      'registry:5000/app:v1',
      'put "v1" into image.tag and "registry:5000/app" into image.repository',
    ],
    [`nginx@${digest}`, 'into image.digest'],
    ['Team/App', 'e.g. "team/app"'],
    ['app_/x', 'is not a valid repository'],
    [`${'a/'.repeat(128)}a`, 'has at most 255 characters'],
  ])('rejects %j', (value, expected) => {
    expect(validateImageRepository(value)).toContain(expected);
  });
});

describe('validateImageTag', () => {
  it.each(['latest', '1.27.3', 'v1_2-rc.1', 'A'.repeat(128)])(
    'accepts %j',
    value => {
      expect(validateImageTag(value)).toBeUndefined();
    },
  );

  it.each([
    ['', 'is empty'],
    ['.hidden', 'is not a valid tag'],
    ['-rc', 'is not a valid tag'],
    ['1.0+build', 'is not a valid tag'],
    ['a'.repeat(129), 'is 129 characters long'],
  ])('rejects %j', (value, expected) => {
    expect(validateImageTag(value)).toContain(expected);
  });
});

describe('validateImageDigest', () => {
  it.each([
    digest,
    `sha512:${'b'.repeat(128)}`,
    `multihash+base58:${'c'.repeat(32)}`,
  ])('accepts %j', value => {
    expect(validateImageDigest(value)).toBeUndefined();
  });

  it.each([
    ['sha256:abc', 'does not have 64 lowercase hexadecimal digits'],
    [
      `sha256:${'A'.repeat(64)}`,
      'does not have 64 lowercase hexadecimal digits',
    ],
    ['a'.repeat(64), 'is not a valid digest'],
    ['md5:xyz', 'not at least 32 hexadecimal digits'],
  ])('rejects %j', (value, expected) => {
    expect(validateImageDigest(value)).toContain(expected);
  });
});

describe('validateImageReference', () => {
  it.each([
    'nginx',
    'nginx:1.27.3',
    `nginx@${digest}`,
    `registry.example.com:5000/team/app:v2@${digest}`,
  ])('accepts %j', value => {
    expect(validateImageReference(value)).toBeUndefined();
  });

  it.each([
    ['NGINX:1.0', 'uppercase letters'],
    ['nginx:-bad', 'is not a valid tag'],
    ['nginx@sha256:123', 'does not have 64'],
  ])('rejects %j', (value, expected) => {
    expect(validateImageReference(value)).toContain(expected);
  });
});
