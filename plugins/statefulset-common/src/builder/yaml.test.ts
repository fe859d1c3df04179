import { parse, parseAllDocuments } from 'yaml';
import { renderManifestsYaml } from './renderManifestsYaml';
import { toYaml } from './yaml';
import { fullInput, minimalInput, parseValues } from './__testUtils__/values';

const trickyStrings = [
  'on',
  'off',
  'no',
  'yes',
  'y',
  'n',
  'Y',
  'N',
  'true',
  'False',
  'null',
  'NULL',
  '~',
  '',
  '0755',
  '0o17',
  '1e3',
  '12e03',
  '0x1f',
  '1_000',
  '+1',
  '.5',
  '1.',
  '.inf',
  '-.Inf',
  '.NaN',
  '0b101',
  '1:20',
  '2001-01-01',
  '2001-12-14t21:59:43.10-05:00',
  '=',
  '<<',
  'a: b',
  '# note',
  'x #y',
  '- item',
  '[a]',
  '{a}',
  '*alias',
  '&anchor',
  '!tag',
  '%directive',
  '@at',
  '`tick',
  '|',
  '>',
  '?',
  '? x',
  ':x',
  'x:',
  "'single'",
  '"double"',
  ' leading',
  'trailing ',
  '\ttab',
  'line1\nline2',
  'line1\nline2\n',
  'line1\n\n',
  '  indented\nnext',
  'back\\slash',
  'unicode ü ✓',
  'ok',
  'Norway',
];

function envValuesIn(document: any): string[] {
  return document.spec.template.spec.containers[0].env.map(
    (entry: any) => entry.value,
  );
}

function renderWithEnv(values: string[]) {
  const env = values.map((value, index) => ({
    source: 'value',
    name: `VALUE_${index}`,
    value,
  }));
  const input = minimalInput({
    containers: [
      { name: 'db', image: { repository: 'postgres', tag: '16.4' }, env },
    ],
  });
  return renderManifestsYaml(parseValues(input));
}

describe('renderManifestsYaml quoting', () => {
  const versions = ['1.1', '1.2'] as const;

  it.each(versions)('keeps env strings in YAML %s', version => {
    const documents = parseAllDocuments(renderWithEnv(trickyStrings), {
      version,
    });
    const statefulSet = (
      Array.isArray(documents) ? documents : [documents]
    )[0].toJS();

    expect(envValuesIn(statefulSet)).toEqual(trickyStrings);
  });

  it.each(trickyStrings.map(value => [JSON.stringify(value), value]))(
    'reads %s back as one string',
    (_label, value) => {
      const [statefulSet] = parseAllDocuments(renderWithEnv([value]), {
        version: '1.1',
      }) as any[];
      const [entry] = statefulSet.toJS().spec.template.spec.containers[0].env;

      expect(entry).toEqual({ name: 'VALUE_0', value });
      expect(Object.keys(entry)).toEqual(['name', 'value']);
    },
  );

  it('quotes strings YAML 1.1 misreads', () => {
    const output = toYaml({ mode: '0755', exp: '1e3', value: '=', port: 80 });

    expect(output).toContain('mode: "0755"');
    expect(output).toContain('exp: "1e3"');
    // PyYAML reads a plain `=` as the YAML 1.1 value type and fails.
    expect(output).toContain('value: "="');
    expect(output).toContain('port: 80\n');
  });

  it.each(['a\tb', 'a \tb', 'key\t- item'])(
    'quotes %j with a tab for PyYAML',
    value => {
      // PyYAML stops a plain scalar at a tab and then fails on the tab.
      const output = toYaml({ value });

      expect(output).not.toMatch(/^value: [^"']/);
      expect(parse(output, { version: '1.1' })).toEqual({ value });
    },
  );

  it('quotes annotation and label values', () => {
    const input = minimalInput({
      labels: { enabled: 'true', version: '1.10' },
      annotations: {
        'example.com/flag': 'no',
        'example.com/when': '2001-01-01',
      },
    });
    const [statefulSet] = parseAllDocuments(
      renderManifestsYaml(parseValues(input)),
      {
        version: '1.1',
      },
    ) as any[];
    const metadata = statefulSet.toJS().metadata;

    expect(metadata.labels.enabled).toBe('true');
    expect(metadata.labels.version).toBe('1.10');
    expect(metadata.annotations['example.com/flag']).toBe('no');
    expect(metadata.annotations['example.com/when']).toBe('2001-01-01');
  });

  it('writes no anchors or aliases', () => {
    const output = renderManifestsYaml(parseValues(fullInput()));

    expect(output).not.toMatch(/[&*]a\d+\b/);
  });
});

describe('renderManifestsYaml stream', () => {
  it('writes one document per object', () => {
    const documents = parseAllDocuments(
      renderManifestsYaml(parseValues(fullInput())),
    ) as any[];

    expect(documents.map(document => document.toJS().kind)).toEqual([
      'StatefulSet',
      'Service',
      'Service',
      'Ingress',
    ]);
    expect(documents.every(document => document.errors.length === 0)).toBe(
      true,
    );
  });

  it('returns the same bytes twice', () => {
    const first = renderManifestsYaml(parseValues(fullInput()));
    const second = renderManifestsYaml(parseValues(fullInput()));

    expect(second).toBe(first);
  });

  it('ignores key order of user maps', () => {
    const input = fullInput();
    const reordered = {
      ...input,
      labels: { tier: 'data', team: 'payments' },
      podAnnotations: {
        'prometheus.io/port': '9187',
        'prometheus.io/scrape': 'true',
      },
    };

    expect(renderManifestsYaml(parseValues(reordered))).toBe(
      renderManifestsYaml(parseValues(input)),
    );
  });

  it('starts every document with apiVersion', () => {
    const output = renderManifestsYaml(parseValues(fullInput()));

    for (const document of output.split('---\n')) {
      expect(document.startsWith('apiVersion: ')).toBe(true);
      expect(parse(document).metadata.namespace).toBe('payments');
    }
  });
});
