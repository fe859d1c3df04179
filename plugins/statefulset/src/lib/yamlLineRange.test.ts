import { indexYamlLines } from './yamlLineRange';

const manifest = [
  'apiVersion: apps/v1', // 1
  'kind: StatefulSet', // 2
  'metadata:', // 3
  '  name: web', // 4
  '  annotations:', // 5
  '    example.com/owner: shop', // 6
  'spec:', // 7
  '  replicas: 3', // 8
  '  template:', // 9
  '    spec:', // 10
  '      containers:', // 11
  '        - name: web', // 12
  '          image: nginx:1.27', // 13
  '          env:', // 14
  '            - name: MODE', // 15
  '              value: blue', // 16
  '        - name: sidecar', // 17
  '          image: busybox', // 18
  '',
].join('\n');

describe('indexYamlLines', () => {
  const index = indexYamlLines(manifest);

  it.each([
    ['scalar value', ['spec', 'replicas'], { start: 8, end: 8 }],
    [
      'key with dots',
      ['metadata', 'annotations', 'example.com/owner'],
      { start: 6, end: 6 },
    ],
    [
      'nested list',
      ['spec', 'template', 'spec', 'containers', 0, 'env'],
      { start: 14, end: 16 },
    ],
    [
      'list item',
      ['spec', 'template', 'spec', 'containers', 1],
      { start: 17, end: 18 },
    ],
    ['whole mapping', ['metadata'], { start: 3, end: 6 }],
  ])('finds lines of %s', (_case, path, expected) => {
    expect(index.findLines(path)).toEqual(expected);
  });

  it.each([
    ['missing key', ['spec', 'minReadySeconds']],
    ['index past end', ['spec', 'template', 'spec', 'containers', 2]],
    ['index into mapping', ['spec', 0]],
    ['key below scalar', ['spec', 'replicas', 'value']],
  ])('returns undefined for %s', (_case, path) => {
    expect(index.findLines(path)).toBeUndefined();
  });

  it('returns undefined for empty text', () => {
    expect(indexYamlLines('').findLines(['spec'])).toBeUndefined();
  });
});
