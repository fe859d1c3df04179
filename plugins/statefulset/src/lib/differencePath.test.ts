import { parseDifferencePath } from './differencePath';

describe('parseDifferencePath', () => {
  it.each([
    ['spec.replicas', ['spec', 'replicas']],
    [
      'spec.template.spec.containers[0].env',
      ['spec', 'template', 'spec', 'containers', 0, 'env'],
    ],
    [
      "metadata.annotations['example.com/owner']",
      ['metadata', 'annotations', 'example.com/owner'],
    ],
    [
      'metadata.labels["app.kubernetes.io/name"]',
      ['metadata', 'labels', 'app.kubernetes.io/name'],
    ],
    ['spec.volumeClaimTemplates[1]', ['spec', 'volumeClaimTemplates', 1]],
    ['["a\\"b"].c', ['a"b', 'c']],
  ])('splits %s', (path, expected) => {
    expect(parseDifferencePath(path)).toEqual(expected);
  });

  it.each(['', 'spec..replicas', 'containers[0]name', 'spec[x', 'spec.'])(
    'rejects malformed %j',
    path => {
      expect(parseDifferencePath(path)).toBeUndefined();
    },
  );
});
