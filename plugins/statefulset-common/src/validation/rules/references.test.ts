import {
  validateEntityRef,
  validateEnvFieldPath,
  validateRepoUrl,
} from './references';

describe('validateEntityRef', () => {
  it.each(['group:default/guests', 'guests', 'user:jdoe', 'group:team-a'])(
    'accepts %j',
    value => {
      expect(validateEntityRef(value)).toBeUndefined();
    },
  );

  it.each([
    ['', 'is empty'],
    ['group:default/a/b', 'has an invalid kind, namespace or name'],
    ['group:default/-x', 'has an invalid kind, namespace or name'],
    ['group:', 'is not an entity reference'],
    ['my team', 'contains whitespace'],
  ])('rejects %j', (value, expected) => {
    expect(validateEntityRef(value)).toContain(expected);
  });
});

describe('validateRepoUrl', () => {
  it.each([
    'github.com?owner=acme&repo=orders-db',
    'gitlab.example.com:8443?owner=a&repo=b',
  ])('accepts %j', value => {
    expect(validateRepoUrl(value)).toBeUndefined();
  });

  it.each([
    ['github.com/acme/orders-db', 'has no host and query'],
    ['?repo=x', 'has no host and query'],
    ['github.com?owner=acme', 'has no repo parameter'],
    ['https://github.com?repo=x', 'has the invalid host'],
  ])('rejects %j', (value, expected) => {
    expect(validateRepoUrl(value)).toContain(expected);
  });
});

describe('validateEnvFieldPath', () => {
  it.each([
    'metadata.name',
    'metadata.namespace',
    'metadata.uid',
    'spec.nodeName',
    'spec.serviceAccountName',
    'status.hostIP',
    'status.podIP',
    'status.podIPs',
    "metadata.labels['app.kubernetes.io/name']",
    "metadata.annotations['example.com/note']",
  ])('accepts %j', value => {
    expect(validateEnvFieldPath(value)).toBeUndefined();
  });

  it.each([
    ['metadata.labels', 'is not a supported field path'],
    ['status.phase', 'is not a supported field path'],
    ['metadata.labels["app"]', 'is not a supported field path'],
    ["metadata.labels['a/b/c']", 'names an invalid key'],
  ])('rejects %j', (value, expected) => {
    expect(validateEnvFieldPath(value)).toContain(expected);
  });
});
