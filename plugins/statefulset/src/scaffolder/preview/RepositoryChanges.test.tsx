import type { ComponentProps } from 'react';
import { screen, within } from '@testing-library/react';
import { ResponseError } from '@backstage/errors';
import { TestApiProvider } from '@backstage/test-utils';
import {
  describeRecreateSteps,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import type { RepositoryValuesResponse } from '@internal/backstage-plugin-statefulset-common';
import { statefulSetApiRef } from '../../api/StatefulSetApi';
import type { StatefulSetApi } from '../../api/StatefulSetApi';
import { renderField } from '../testing/renderField';
import { ManifestPreviewField } from './ManifestPreviewField';

const ENTITY_REF = 'component:default/nginx';

const nginx = {
  name: 'nginx',
  namespace: 'default',
  replicas: 3,
  owner: 'group:default/guests',
  containers: [
    {
      name: 'nginx',
      image: { repository: 'nginx', tag: '1.27.3' },
      ports: [{ name: 'http', containerPort: 80 }],
    },
  ],
  volumeClaimTemplates: [
    { name: 'data', storage: '1Gi', accessModes: ['ReadWriteOnce'] },
  ],
};

/** Parses values into the form that values.yaml stores, with defaults filled in. */
function storedValues(values: object): Record<string, unknown> {
  const result = validateStatefulSetValues(values);
  if (!result.success) throw new Error(JSON.stringify(result.errors));
  return result.values as Record<string, unknown>;
}

function valuesResponse(values: object): RepositoryValuesResponse {
  return {
    entityRef: ENTITY_REF,
    valuesUrl: 'file:///var/lib/statefulset/nginx/values.yaml',
    values: storedValues(values),
  };
}

async function renderPreview(
  api: Pick<StatefulSetApi, 'getRepositoryValues'>,
  formValues: Record<string, unknown>,
) {
  function PreviewWithApi(props: ComponentProps<typeof ManifestPreviewField>) {
    return (
      <TestApiProvider apis={[[statefulSetApiRef, api]]}>
        <ManifestPreviewField {...props} />
      </TestApiProvider>
    );
  }
  return renderField(PreviewWithApi, {
    name: 'preview',
    otherValues: formValues as any,
  });
}

function fakeApi(
  response: Promise<RepositoryValuesResponse>,
): jest.Mocked<Pick<StatefulSetApi, 'getRepositoryValues'>> {
  return { getRepositoryValues: jest.fn().mockReturnValue(response) };
}

describe('ManifestPreviewField in the update template', () => {
  it('skips the repository in create mode', async () => {
    const api = fakeApi(Promise.resolve(valuesResponse(nginx)));

    await renderPreview(api, nginx);

    expect(api.getRepositoryValues).not.toHaveBeenCalled();
    expect(screen.queryByTestId('immutable-changes')).not.toBeInTheDocument();
    expect(
      screen.queryByText('Changes against the repository'),
    ).not.toBeInTheDocument();
    expect(screen.getByTestId('manifest-preview')).toBeInTheDocument();
  });

  it('shows no warning for in-place changes', async () => {
    const api = fakeApi(Promise.resolve(valuesResponse(nginx)));

    await renderPreview(api, { ...nginx, replicas: 4, entity: ENTITY_REF });

    await screen.findByText('Changes against the repository');
    expect(api.getRepositoryValues).toHaveBeenCalledWith(ENTITY_REF);
    expect(screen.getByTestId('immutable-changes')).toBeEmptyDOMElement();
    const files = screen.getByRole('list', {
      name: 'Changes against the repository',
    });
    expect(
      within(files).getByText('manifests/statefulset.yaml'),
    ).toBeInTheDocument();
    expect(within(files).getByText('values.yaml')).toBeInTheDocument();
    expect(
      within(files).queryByText('catalog-info.yaml'),
    ).not.toBeInTheDocument();
  });

  it('notes when no file changes', async () => {
    const api = fakeApi(Promise.resolve(valuesResponse(nginx)));

    await renderPreview(api, { ...nginx, entity: ENTITY_REF });

    expect(
      await screen.findByText('No file differs from the repository.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('immutable-changes')).toBeEmptyDOMElement();
  });

  it.each([
    {
      field: 'podManagementPolicy',
      change: { podManagementPolicy: 'Parallel' },
    },
    {
      field: 'volumeClaimTemplates',
      change: {
        volumeClaimTemplates: [
          { name: 'data', storage: '5Gi', accessModes: ['ReadWriteOnce'] },
        ],
      },
    },
  ])(
    'warns with recreate steps when $field changes',
    async ({ field, change }) => {
      const api = fakeApi(Promise.resolve(valuesResponse(nginx)));

      await renderPreview(api, { ...nginx, ...change, entity: ENTITY_REF });

      await screen.findByText('Changes against the repository');
      const warnings = screen.getByTestId('immutable-changes');
      const warning = within(warnings).getByRole('alert');
      expect(warning).toHaveAttribute('data-immutable-path', field);
      expect(warning).toHaveTextContent(
        `${field} cannot change on the existing StatefulSet`,
      );
      expect(warning).toHaveTextContent(
        'the API server rejects the change on the existing StatefulSet',
      );
      expect(warning).toHaveTextContent(
        describeRecreateSteps('nginx', 'default').replace(/`/g, ''),
      );
      expect(
        within(warning).getByText(
          'kubectl delete statefulset nginx -n default --cascade=orphan',
        ).tagName,
      ).toBe('CODE');
      expect(screen.getByTestId('manifest-preview')).toBeInTheDocument();
    },
  );

  it('shows loading until values.yaml is read', async () => {
    let resolve: (response: RepositoryValuesResponse) => void = () => {};
    const api = fakeApi(
      new Promise(done => {
        resolve = done;
      }),
    );

    await renderPreview(api, {
      ...nginx,
      podManagementPolicy: 'Parallel',
      entity: ENTITY_REF,
    });

    expect(screen.getByTestId('repository-changes-loading')).toHaveTextContent(
      `Reading values.yaml of ${ENTITY_REF}`,
    );
    expect(screen.getByTestId('manifest-preview')).toBeInTheDocument();

    resolve(valuesResponse(nginx));

    expect(
      await screen.findByTestId('immutable-changes'),
    ).not.toBeEmptyDOMElement();
    expect(
      screen.queryByTestId('repository-changes-loading'),
    ).not.toBeInTheDocument();
  });

  it('keeps the preview when values.yaml is missing', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotFoundError',
            message: 'file:///var/lib/statefulset/nginx/values.yaml not found',
          },
        }),
        { status: 404, statusText: 'Not Found' },
      ),
    );
    const api = fakeApi(Promise.reject(notFound));

    await renderPreview(api, { ...nginx, entity: ENTITY_REF });

    expect(await screen.findByText(/has no values\.yaml/)).toHaveTextContent(
      `The repository of ${ENTITY_REF} has no values.yaml`,
    );
    expect(screen.getByTestId('manifest-preview')).toBeInTheDocument();
    expect(screen.queryByTestId('immutable-changes')).not.toBeInTheDocument();
  });

  it('shows the message when reading fails', async () => {
    const api = fakeApi(Promise.reject(new Error('connection refused')));

    await renderPreview(api, { ...nginx, entity: ENTITY_REF });

    expect(
      await screen.findByText(/failed: connection refused/),
    ).toHaveTextContent(
      `Reading values.yaml of ${ENTITY_REF} failed: connection refused.`,
    );
    expect(screen.getByTestId('manifest-preview')).toBeInTheDocument();
  });

  it('lists the errors of invalid stored values', async () => {
    const api = fakeApi(
      Promise.resolve({
        entityRef: ENTITY_REF,
        valuesUrl: 'file:///var/lib/statefulset/nginx/values.yaml',
        values: { ...storedValues(nginx), replicas: -1 },
      }),
    );

    await renderPreview(api, { ...nginx, entity: ENTITY_REF });

    expect(await screen.findByText(/is invalid/)).toHaveTextContent(
      `values.yaml of ${ENTITY_REF} is invalid`,
    );
    expect(screen.getByText(/^replicas: /)).toBeInTheDocument();
  });
});
