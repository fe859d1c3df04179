import { screen } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { statefulSetApiRef } from '../api/StatefulSetApi';
import { makeFakeApi } from '../__testUtils__/fakeStatefulSetApi';
import { webEntity } from '../__testUtils__/renderWithEntity';
import { makeFound } from '../__testUtils__/statusFixtures';
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
});
