import { screen, waitFor } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { statefulSetApiRef } from '../api/StatefulSetApi';
import { makeFakeApi } from '../__testUtils__/fakeStatefulSetApi';
import { webEntity } from '../__testUtils__/renderWithEntity';
import { makeFound } from '../__testUtils__/statusFixtures';
import { templatePageRouteRef } from '../routes';
import { EntityStatefulSetCard, legacyStatefulsetPlugin } from './plugin';

describe('legacyStatefulsetPlugin', () => {
  it('has plugin id statefulset', () => {
    expect(legacyStatefulsetPlugin.getId()).toBe('statefulset');
  });

  it('renders EntityStatefulSetCard in legacy app', async () => {
    const api = makeFakeApi([makeFound()]);

    await renderInTestApp(
      <TestApiProvider apis={[[statefulSetApiRef, api]]}>
        <EntityProvider entity={webEntity}>
          <EntityStatefulSetCard />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(await screen.findByText('3/3 ready')).toBeInTheDocument();
    expect(api.getStatus).toHaveBeenCalledWith('component:default/web');
  });
  it('enables Edit when template route bound', async () => {
    const api = makeFakeApi([makeFound()]);

    await renderInTestApp(
      <TestApiProvider apis={[[statefulSetApiRef, api]]}>
        <EntityProvider entity={webEntity}>
          <EntityStatefulSetCard />
        </EntityProvider>
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/create/templates/:namespace/:templateName': templatePageRouteRef,
        },
      },
    );

    await screen.findByText('3/3 ready');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Edit' })).toBeEnabled(),
    );
  });

  it('disables Edit without route binding', async () => {
    const api = makeFakeApi([makeFound()]);

    await renderInTestApp(
      <TestApiProvider apis={[[statefulSetApiRef, api]]}>
        <EntityProvider entity={webEntity}>
          <EntityStatefulSetCard />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(
      await screen.findByLabelText(/^Edit: The app binds no template page/),
    ).toBeInTheDocument();
  });
});
