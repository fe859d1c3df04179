import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';
import { statefulSetFieldOptions } from './fields';

const templatePath = resolve(
  __dirname,
  '../../../../templates/statefulset/template.yaml',
);

/** JSON schema keywords that check a value; the values model contains these rules instead. */
const RULE_KEYWORDS = [
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'required',
  'enum',
  'const',
  'oneOf',
  'anyOf',
  'allOf',
  'not',
];

type FieldSchema = {
  path: string;
  field: string;
  schema: Record<string, unknown>;
};

/** Collects every schema in the template that names a `ui:field`, with its place in the file. */
function collectFieldSchemas(
  node: unknown,
  path: string,
  found: FieldSchema[],
): FieldSchema[] {
  if (Array.isArray(node)) {
    node.forEach((child, index) =>
      collectFieldSchemas(child, `${path}[${index}]`, found),
    );
  } else if (node && typeof node === 'object') {
    const schema = node as Record<string, unknown>;
    if (typeof schema['ui:field'] === 'string') {
      found.push({ path, field: schema['ui:field'], schema });
    }
    for (const [key, child] of Object.entries(schema)) {
      collectFieldSchemas(child, `${path}.${key}`, found);
    }
  }
  return found;
}

function ruleKeywordsIn(node: unknown, path: string): string[] {
  if (Array.isArray(node)) {
    return node.flatMap((child, index) =>
      ruleKeywordsIn(child, `${path}[${index}]`),
    );
  }
  if (!node || typeof node !== 'object') {
    return [];
  }
  return Object.entries(node).flatMap(([key, child]) => [
    ...(RULE_KEYWORDS.includes(key) ? [`${path}.${key}`] : []),
    ...ruleKeywordsIn(child, `${path}.${key}`),
  ]);
}

describe('template schema', () => {
  const template = parse(readFileSync(templatePath, 'utf8'));
  const fields = collectFieldSchemas(
    template.spec.parameters,
    'parameters',
    [],
  ).filter(f => f.field.startsWith('StatefulSet'));

  it('uses the plugin fields', () => {
    expect(fields.length).toBeGreaterThan(10);
  });

  it('names only registered fields', () => {
    const registered = statefulSetFieldOptions.map(options => options.name);
    for (const { field } of fields) {
      expect(registered).toContain(field);
    }
  });

  it('leaves the rules to the model', () => {
    const rules = fields.flatMap(({ path, schema }) =>
      ruleKeywordsIn(schema, path),
    );
    expect(rules).toEqual([]);
  });
});
