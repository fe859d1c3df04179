import { formatFieldErrors, formatPath } from './fieldError';

describe('formatPath', () => {
  it.each([
    [[], 'values'],
    [['name'], 'name'],
    [['containers', 0, 'ports', 1, 'name'], 'containers[0].ports[1].name'],
    [['labels', 'app.kubernetes.io/name'], 'labels["app.kubernetes.io/name"]'],
    [
      ['containers', 0, 'logs', 0, 'tags', 'team'],
      'containers[0].logs[0].tags.team',
    ],
  ])('formats %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('formatFieldErrors', () => {
  it('writes one line per error', () => {
    const text = formatFieldErrors([
      { path: 'name', message: 'is empty, a name such as "app"' },
      {
        path: 'replicas',
        message:
          '-1 is out of range, replicas is an integer of 0 or more, e.g. 3',
      },
    ]);

    expect(text.split('\n')).toEqual([
      'name: is empty, a name such as "app"',
      'replicas: -1 is out of range, replicas is an integer of 0 or more, e.g. 3',
    ]);
  });

  it('returns an empty string for no errors', () => {
    expect(formatFieldErrors([])).toBe('');
  });
});
