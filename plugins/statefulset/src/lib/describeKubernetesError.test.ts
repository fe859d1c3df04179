import { describeKubernetesError } from './describeKubernetesError';

describe('describeKubernetesError', () => {
  it('names verb, resource and namespace when forbidden', () => {
    const { title, message } = describeKubernetesError('prod', {
      reason: 'forbidden',
      message: 'statefulsets.apps "web" is forbidden',
      verb: 'patch',
      resource: 'statefulsets/scale',
      namespace: 'shop',
    });

    expect(title).toBe('Missing permission in cluster prod');
    expect(message).toContain(
      'may not patch statefulsets/scale in namespace shop',
    );
    expect(message).toContain(
      'Grant the portal\'s service account the verb "patch" on "statefulsets/scale" in namespace shop',
    );
  });

  it('falls back to message without verb', () => {
    const { message } = describeKubernetesError('prod', {
      reason: 'forbidden',
      message: 'statefulsets.apps "web" is forbidden',
    });

    expect(message).toContain('may not access the StatefulSet cluster-wide');
    expect(message).toContain('statefulsets.apps "web" is forbidden');
  });

  it.each([
    ['unreachable', 'Cluster prod is unreachable'],
    ['timedOut', 'Cluster prod timed out'],
    ['unauthorized', "Cluster prod rejected the portal's credentials"],
    ['unknown', 'Reading the StatefulSet from cluster prod failed'],
  ] as const)('titles %s failures', (reason, title) => {
    const description = describeKubernetesError('prod', {
      reason,
      message: 'connect ECONNREFUSED 127.0.0.1:6443',
    });

    expect(description.title).toBe(title);
    expect(description.message).toContain('ECONNREFUSED');
  });
});
