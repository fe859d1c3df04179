import { ApiException } from '@kubernetes/client-node';
import { KubernetesRequest } from './KubernetesRequest';
import { summarizeKubernetesError } from './summarizeKubernetesError';

const scaleRequest: KubernetesRequest = {
  cluster: 'production',
  verb: 'update',
  resource: 'statefulsets/scale',
  group: 'apps',
  namespace: 'shop',
  name: 'nginx',
};

function apiException(code: number, body: unknown) {
  return new ApiException(
    code,
    'Unknown API Status Code!',
    JSON.stringify(body),
    {
      authorization: 'Bearer secret-token',
    },
  );
}

describe('summarizeKubernetesError', () => {
  it('parses verb, resource and namespace from Forbidden', () => {
    const summary = summarizeKubernetesError(
      apiException(403, {
        kind: 'Status',
        reason: 'Forbidden',
        message:
          'statefulsets.apps "nginx" is forbidden: User "system:serviceaccount:backstage:portal" cannot patch resource "statefulsets/scale" in API group "apps" in the namespace "shop"',
      }),
      scaleRequest,
    );

    expect(summary).toMatchObject({
      reason: 'forbidden',
      verb: 'patch',
      resource: 'statefulsets/scale',
      namespace: 'shop',
    });
  });

  it('falls back to the request without a message', () => {
    const summary = summarizeKubernetesError(
      apiException(403, 'not json'),
      scaleRequest,
    );

    expect(summary).toMatchObject({
      reason: 'forbidden',
      verb: 'update',
      resource: 'statefulsets/scale',
      namespace: 'shop',
    });
    expect(summary.message).toContain(
      'in API group "apps" in namespace "shop"',
    );
  });

  it.each([
    [
      { name: 'AbortError', message: 'The user aborted a request.' },
      'timedOut',
    ],
    [
      {
        name: 'FetchError',
        code: 'ECONNREFUSED',
        message: 'connect ECONNREFUSED',
      },
      'unreachable',
    ],
    [
      {
        name: 'FetchError',
        code: 'ENOTFOUND',
        message: 'getaddrinfo ENOTFOUND',
      },
      'unreachable',
    ],
    [
      {
        name: 'FetchError',
        code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
        message: 'self-signed',
      },
      'unreachable',
    ],
    [{ name: 'Error', message: 'exec plugin failed' }, 'unknown'],
  ])('classifies %j as %s', (error, reason) => {
    expect(summarizeKubernetesError(error, scaleRequest).reason).toBe(reason);
  });

  it('asks for caData on a TLS failure', () => {
    const summary = summarizeKubernetesError(
      { name: 'FetchError', code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' },
      scaleRequest,
    );

    expect(summary.message).toContain('set caData or caFile');
  });

  it('never repeats headers or tokens', () => {
    const summaries = [401, 403, 404, 409, 422, 500].map(code =>
      summarizeKubernetesError(
        apiException(code, { message: 'failed' }),
        scaleRequest,
      ),
    );
    const unknown = summarizeKubernetesError(
      new Error('request failed\nAuthorization: Bearer secret-token'),
      scaleRequest,
    );

    for (const summary of [...summaries, unknown]) {
      expect(summary.message).not.toContain('secret-token');
    }
  });
});
