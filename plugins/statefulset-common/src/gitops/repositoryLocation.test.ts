import { Entity } from '@backstage/catalog-model';
import { locateRepository, repositoryFileUrl } from './repositoryLocation';

function entityWith(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'nginx', annotations },
  };
}

describe('locateRepository', () => {
  it.each([
    {
      case: 'source location folder',
      annotations: {
        'backstage.io/source-location':
          'url:https://github.com/acme/nginx/tree/main/',
      },
      baseUrl: 'https://github.com/acme/nginx/tree/main/',
    },
    {
      case: 'source location without slash',
      annotations: {
        'backstage.io/source-location':
          'url:https://gitlab.com/acme/nginx/-/tree/main',
      },
      baseUrl: 'https://gitlab.com/acme/nginx/-/tree/main/',
    },
    {
      case: 'managed-by location folder',
      annotations: {
        'backstage.io/managed-by-location':
          'url:file:///srv/local-git/nginx/catalog-info.yaml',
      },
      baseUrl: 'file:///srv/local-git/nginx/',
    },
    {
      case: 'source location wins',
      annotations: {
        'backstage.io/source-location': 'url:file:///srv/local-git/nginx/',
        'backstage.io/managed-by-location':
          'url:file:///srv/other/catalog-info.yaml',
      },
      baseUrl: 'file:///srv/local-git/nginx/',
    },
    {
      case: 'file location skipped',
      annotations: {
        'backstage.io/source-location': 'dir:/srv/nginx',
        'backstage.io/managed-by-location':
          'url:file:///srv/local-git/nginx/catalog-info.yaml',
      },
      baseUrl: 'file:///srv/local-git/nginx/',
    },
  ])('$case', ({ annotations, baseUrl }) => {
    const location = locateRepository(
      entityWith(annotations as Record<string, string>),
    );

    expect(location).toMatchObject({ found: true, baseUrl });
  });

  it('names the annotations when none is a URL', () => {
    const location = locateRepository(
      entityWith({
        'backstage.io/managed-by-location': 'file:/srv/catalog-info.yaml',
      }),
    );

    expect(location).toEqual({
      found: false,
      reason: expect.stringContaining(
        'no backstage.io/source-location or backstage.io/managed-by-location annotation',
      ),
    });
  });
});

describe('repositoryFileUrl', () => {
  it('resolves a nested path', () => {
    expect(
      repositoryFileUrl(
        'https://github.com/acme/nginx/tree/main/',
        'manifests/statefulset.yaml',
      ),
    ).toBe(
      'https://github.com/acme/nginx/tree/main/manifests/statefulset.yaml',
    );
  });
});
