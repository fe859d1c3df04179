import {
  validateAnnotationKey,
  validateAnnotationsSize,
  validateConfigMapKey,
  validateDns1123Label,
  validateDns1123Subdomain,
  validateEnvVarName,
  validateLabelKey,
  validateLabelValue,
  validateStatefulSetName,
} from './names';

describe('validateDns1123Label', () => {
  it.each(['a', 'app', 'my-app-2', '0ab', 'a'.repeat(63)])(
    'accepts %j',
    value => {
      expect(validateDns1123Label(value)).toBeUndefined();
    },
  );

  it.each([
    ['', 'is empty'],
    ['My-App', '"My-App" is not a valid name'],
    ['-app', 'is not a valid name'],
    ['app-', 'is not a valid name'],
    ['my_app', 'e.g. "my-app"'],
    ['a.b', 'is not a valid name'],
    ['a'.repeat(64), 'is 64 characters long'],
  ])('rejects %j', (value, expected) => {
    expect(validateDns1123Label(value)).toContain(expected);
  });
});

describe('validateDns1123Subdomain', () => {
  it.each([
    'a',
    'app-config',
    'registry.example.com',
    `${'a'.repeat(63)}.${'b'.repeat(63)}`,
  ])('accepts %j', value => {
    expect(validateDns1123Subdomain(value)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['App.Config', 'e.g. "app.config"'],
    ['a..b', 'is not a valid name'],
    ['.a', 'is not a valid name'],
    ['a-.b', 'is not a valid name'],
    ['a'.repeat(254), 'is 254 characters long'],
  ])('rejects %j', (value, expected) => {
    expect(validateDns1123Subdomain(value)).toContain(expected);
  });
});

describe('validateStatefulSetName', () => {
  it.each(['nginx', 'orders-db', 'a'.repeat(52)])('accepts %j', value => {
    expect(validateStatefulSetName(value)).toBeUndefined();
  });

  it.each([
    ['a'.repeat(53), 'is 53 characters long'],
    ['1st-db', 'starts with a letter'],
    ['Orders', 'e.g. "orders"'],
    ['orders_db', 'e.g. "orders-db"'],
  ])('rejects %j', (value, expected) => {
    expect(validateStatefulSetName(value)).toContain(expected);
  });
});

describe('validateLabelKey', () => {
  it.each([
    'app',
    'app.kubernetes.io/name',
    'example.com/Tier_1',
    'a'.repeat(63),
    `${'a'.repeat(253)}/b`,
  ])('accepts %j', value => {
    expect(validateLabelKey(value)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['a/b/c', "more than one '/'"],
    ['/name', 'empty prefix'],
    ['example.com/', 'empty name'],
    ['Example.com/name', 'not a lowercase DNS subdomain'],
    ['-name', 'is not a valid label key'],
    ['name with space', 'is not a valid label key'],
    ['a'.repeat(64), 'name part of 64 characters'],
  ])('rejects %j', (value, expected) => {
    expect(validateLabelKey(value)).toContain(expected);
  });
});

describe('validateAnnotationKey', () => {
  it('accepts an uppercase prefix as the API server does', () => {
    expect(validateAnnotationKey('Example.com/note')).toBeUndefined();
  });

  it('rejects a key with spaces', () => {
    expect(validateAnnotationKey('my note')).toContain(
      'is not a valid annotation key',
    );
  });

  it('describes the rule with article an', () => {
    expect(validateAnnotationKey('my note')).toContain(
      ', an annotation key is an optional DNS subdomain prefix',
    );
  });
});

describe('validateLabelValue', () => {
  it.each(['', 'v1', '1.2.0', 'a_b-c.d', 'a'.repeat(63)])(
    'accepts %j',
    value => {
      expect(validateLabelValue(value)).toBeUndefined();
    },
  );

  it.each([
    ['1.2.0+build.7', 'e.g. "1.2.0-build.7"'],
    ['-v1', 'is not a valid label value'],
    ['v1.', 'is not a valid label value'],
    ['a b', 'e.g. "a-b"'],
    ['a'.repeat(64), 'is 64 characters long'],
  ])('rejects %j', (value, expected) => {
    expect(validateLabelValue(value)).toContain(expected);
  });

  it('explains the label value rule', () => {
    expect(validateLabelValue('1.2.0+build.7')).toBe(
      `"1.2.0+build.7" is not a valid label value, a label value has at most 63 characters, starts and ends with a letter or digit, and contains only letters, digits, '-', '_' and '.', e.g. "1.2.0-build.7"`,
    );
  });
});

describe('validateAnnotationsSize', () => {
  it('accepts exactly 256 KiB', () => {
    expect(
      validateAnnotationsSize({ k: 'v'.repeat(256 * 1024 - 1) }),
    ).toBeUndefined();
  });

  it('rejects one byte more', () => {
    expect(validateAnnotationsSize({ k: 'v'.repeat(256 * 1024) })).toContain(
      'total 262145 bytes',
    );
  });

  it('counts bytes, not characters', () => {
    expect(validateAnnotationsSize({ k: 'é'.repeat(128 * 1024) })).toContain(
      'total 262145 bytes',
    );
  });
});

describe('validateConfigMapKey', () => {
  it.each(['password', 'app.properties', 'a_b-c', '.hidden'])(
    'accepts %j',
    value => {
      expect(validateConfigMapKey(value)).toBeUndefined();
    },
  );

  it.each([
    ['', 'is empty'],
    ['.', 'is not allowed'],
    ['..', 'is not allowed'],
    ['a/b', 'is not a valid key'],
    ['a'.repeat(254), 'is 254 characters long'],
  ])('rejects %j', (value, expected) => {
    expect(validateConfigMapKey(value)).toContain(expected);
  });
});

describe('validateEnvVarName', () => {
  it.each(['LOG_LEVEL', 'my.env-name', '1ST', 'with space', 'a:b'])(
    'accepts %j',
    value => {
      expect(validateEnvVarName(value)).toBeUndefined();
    },
  );

  it.each([
    ['', 'is empty'],
    ['A=B', "contains '='"],
    ['TAB\tNAME', 'contains the character "\\t"'],
    ['NÄME', 'contains the character "Ä"'],
  ])('rejects %j', (value, expected) => {
    expect(validateEnvVarName(value)).toContain(expected);
  });
});
