import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entity } from '@backstage/catalog-model';
import { coreApis } from '@backstage/frontend-plugin-api';
import { makeDriftComparison } from '../../__testUtils__/comparisonFixtures';
import { IDLE_INTERVAL_MS } from '../../hooks/usePolling';
import {
  makeClaim,
  makeFound,
  makePod,
} from '../../__testUtils__/statusFixtures';
import { makeFakeApi } from '../../__testUtils__/fakeStatefulSetApi';
import {
  renderWithEntity,
  webEntity,
} from '../../__testUtils__/renderWithEntity';
import { StatefulSetCard } from './StatefulSetCard';

function renderCard(api = makeFakeApi([makeFound()]), entity?: Entity) {
  return renderWithEntity(<StatefulSetCard />, { api, entity });
}

describe('StatefulSetCard', () => {
  it('shows progress while loading', async () => {
    const api = makeFakeApi([]);
    api.getStatus.mockReturnValue(new Promise(() => {}));

    renderCard(api);

    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('asks for annotation when missing', async () => {
    const api = makeFakeApi([]);
    const entity = { ...webEntity, metadata: { name: 'web', annotations: {} } };

    renderCard(api, entity);

    expect(await screen.findByText(/Missing Annotation/i)).toBeInTheDocument();
    expect(
      screen.getAllByText(/backstage.io\/kubernetes-id/).length,
    ).toBeGreaterThan(0);
    expect(api.getStatus).not.toHaveBeenCalled();
  });

  it('shows pods in ordinal order', async () => {
    const api = makeFakeApi([
      makeFound({ pods: [makePod(2), makePod(0), makePod(1)] }),
    ]);

    renderCard(api);

    const rows = await screen.findAllByTestId(/^ordinal-/);
    const podCells = rows.map(row => within(row).getAllByRole('cell')[0]);
    expect(podCells).toHaveLength(3);
    expect(podCells[0]).toHaveTextContent(/^web-0/);
    expect(podCells[1]).toHaveTextContent(/^web-1/);
    expect(podCells[2]).toHaveTextContent(/^web-2/);
    expect(screen.getByText('3/3 ready')).toBeInTheDocument();
  });

  it('marks claims kept after scale-in', async () => {
    const api = makeFakeApi([
      makeFound({
        statefulSet: { desiredReplicas: 1 },
        pods: [makePod(0)],
        claims: [makeClaim(0), makeClaim(1, { retained: true })],
      }),
    ]);

    renderCard(api);

    const keptRow = await screen.findByTestId('ordinal-1');
    expect(
      within(keptRow).getByText('kept after scale-in'),
    ).toBeInTheDocument();
    expect(within(keptRow).getByText(/data-web-1/)).toBeInTheDocument();
    const liveRow = screen.getByTestId('ordinal-0');
    expect(
      within(liveRow).queryByText('kept after scale-in'),
    ).not.toBeInTheDocument();
  });

  it('names pod blocking ordered rollout', async () => {
    const api = makeFakeApi([
      makeFound({
        statefulSet: { readyReplicas: 1 },
        pods: [
          makePod(0),
          makePod(1, {
            ready: false,
            phase: 'Pending',
            reason: 'ImagePullBackOff',
          }),
        ],
        blockingPod: {
          ordinal: 1,
          podName: 'web-1',
          reason: 'ImagePullBackOff: Back-off pulling image "nginx:bad"',
        },
      }),
    ]);

    renderCard(api);

    expect(
      await screen.findByText(/Pod web-1 \(ordinal 1\) blocks the rollout/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Back-off pulling image "nginx:bad"/),
    ).toBeVisible();
    expect(screen.getByText('1/3 ready')).toBeInTheDocument();
  });

  it('shows updated over total for OnDelete', async () => {
    const api = makeFakeApi([
      makeFound({
        statefulSet: {
          updateRevision: 'web-rev2',
          updatedReplicas: 1,
          updateStrategy: { type: 'OnDelete' },
        },
      }),
    ]);

    renderCard(api);

    expect(
      await screen.findByText(/1 of 3 pods updated; OnDelete/),
    ).toBeInTheDocument();
    expect(screen.getByText(/strategy OnDelete/)).toBeInTheDocument();
  });

  it('shows partition of rolling update', async () => {
    const api = makeFakeApi([
      makeFound({
        statefulSet: {
          updateStrategy: { type: 'RollingUpdate', partition: 2 },
        },
      }),
    ]);

    renderCard(api);

    expect(
      await screen.findByText(/strategy RollingUpdate, partition 2/),
    ).toBeInTheDocument();
  });

  it('explains zero replicas', async () => {
    const api = makeFakeApi([
      makeFound({ statefulSet: { desiredReplicas: 0 } }),
    ]);

    renderCard(api);

    expect(await screen.findByText(/Scaled to zero/)).toBeInTheDocument();
    expect(screen.getByText('0/0 ready')).toBeInTheDocument();
  });

  it('names set, namespace and cluster when not found', async () => {
    const api = makeFakeApi([
      {
        state: 'notFound',
        cluster: 'local',
        namespace: 'shop',
        name: 'web',
        message: 'statefulsets.apps "web" not found.',
      },
    ]);

    renderCard(api);

    expect(
      await screen.findByText(
        'StatefulSet web not found in namespace shop of cluster local',
      ),
    ).toBeInTheDocument();
  });

  it('names missing permission when forbidden', async () => {
    const api = makeFakeApi([
      {
        state: 'failed',
        cluster: 'local',
        error: {
          reason: 'forbidden',
          message: 'statefulsets.apps is forbidden',
          verb: 'list',
          resource: 'statefulsets',
          namespace: 'shop',
        },
      },
    ]);

    renderCard(api);

    expect(
      await screen.findByText(/Missing permission in cluster local/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/may not list statefulsets in namespace shop/),
    ).toBeVisible();
  });

  it.each([
    ['unreachable', 'Cluster local is unreachable'],
    ['timedOut', 'Cluster local timed out'],
  ] as const)('reports %s cluster', async (reason, title) => {
    const api = makeFakeApi([
      {
        state: 'failed',
        cluster: 'local',
        error: { reason, message: 'ETIMEDOUT' },
      },
    ]);

    renderCard(api);

    expect(await screen.findByText(new RegExp(title))).toBeInTheDocument();
  });

  it('shows one section per cluster', async () => {
    const api = makeFakeApi([
      makeFound({ cluster: 'east' }),
      makeFound({ cluster: 'west', statefulSet: { readyReplicas: 2 } }),
    ]);

    renderCard(api);

    const east = await screen.findByRole('region', { name: 'Cluster east' });
    const west = screen.getByRole('region', { name: 'Cluster west' });
    expect(within(east).getByText('Cluster east')).toBeInTheDocument();
    expect(within(east).getByText('3/3 ready')).toBeInTheDocument();
    expect(within(west).getByText('2/3 ready')).toBeInTheDocument();
  });

  it('collapses recent events', async () => {
    const api = makeFakeApi([
      makeFound({
        events: [
          {
            type: 'Warning',
            reason: 'FailedCreate',
            message: 'create Pod web-3 failed: exceeded quota',
            involvedObject: 'StatefulSet web',
            count: 4,
          },
        ],
      }),
    ]);

    renderCard(api);

    const summary = await screen.findByText('Recent events (1, 1 warnings)');
    expect(screen.queryByText(/exceeded quota/)).not.toBeInTheDocument();

    await userEvent.click(summary);
    expect(await screen.findByText(/exceeded quota/)).toBeInTheDocument();
  });

  it('disables actions when permission denied', async () => {
    const api = makeFakeApi([makeFound()], {
      scale: {
        allowed: false,
        reason: 'the permission policy denies statefulset.scale',
      },
      redeploy: {
        allowed: false,
        reason: 'the permission policy denies statefulset.redeploy',
      },
    });

    renderCard(api);

    const scale = await screen.findByLabelText(
      'Scale: the permission policy denies statefulset.scale',
    );
    expect(within(scale).getByRole('button', { name: 'Scale' })).toBeDisabled();
    const redeploy = screen.getByLabelText(
      'Redeploy: the permission policy denies statefulset.redeploy',
    );
    expect(
      within(redeploy).getByRole('button', { name: 'Redeploy' }),
    ).toBeDisabled();
  });

  it('disables Scale under an autoscaler', async () => {
    const api = makeFakeApi([
      makeFound({
        autoscaler: { name: 'web', minReplicas: 2, maxReplicas: 6 },
      }),
    ]);

    renderCard(api);

    const scale = await screen.findByLabelText(
      /Scale: HorizontalPodAutoscaler web sets the replica count/,
    );
    expect(within(scale).getByRole('button', { name: 'Scale' })).toBeDisabled();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Redeploy' })).toBeEnabled(),
    );
  });

  it('shows error when status fails', async () => {
    const api = makeFakeApi([]);
    api.getStatus.mockRejectedValue(
      new Error('Entity component:default/web not found'),
    );

    renderCard(api);

    expect(
      await screen.findAllByText(/Entity component:default\/web not found/),
    ).not.toHaveLength(0);
  });

  it('refreshes on Refresh click', async () => {
    const api = makeFakeApi([makeFound()]);

    renderCard(api);
    await screen.findByText('3/3 ready');

    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));

    await waitFor(() => expect(api.getStatus).toHaveBeenCalledTimes(2));
  });

  it('reloads status after scale', async () => {
    const api = makeFakeApi([makeFound()]);

    const { alertApi } = renderCard(api);
    await userEvent.click(await screen.findByRole('button', { name: 'Scale' }));
    const input = screen.getByLabelText('New replicas');
    await userEvent.clear(input);
    await userEvent.type(input, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Scale' }));

    await waitFor(() => expect(api.getStatus).toHaveBeenCalledTimes(2));
    expect(api.scale).toHaveBeenCalledWith({
      entityRef: 'component:default/web',
      cluster: 'local',
      replicas: 5,
      expectedReplicas: 3,
    });
    expect(alertApi.getAlerts().map(alert => alert.message)).toContain(
      'Scaled StatefulSet shop/web in cluster local from 3 to 5 replicas.',
    );
  });
  it('shows drift chip with field count', async () => {
    const api = makeFakeApi([makeFound()]);
    api.getManifestComparison.mockResolvedValue(makeDriftComparison());

    renderCard(api);

    expect(
      await screen.findByText('Differs from Git: 2 fields'),
    ).toBeInTheDocument();
    expect(api.getManifestComparison).toHaveBeenCalledWith({
      entityRef: 'component:default/web',
      cluster: 'local',
    });
  });

  it('omits drift chip when set matches Git', async () => {
    const api = makeFakeApi([makeFound()]);

    renderCard(api);

    await screen.findByText('3/3 ready');
    await waitFor(() => expect(api.getManifestComparison).toHaveBeenCalled());
    expect(screen.queryByText(/Differs from Git/)).not.toBeInTheDocument();
  });

  it('omits drift chip when comparison fails', async () => {
    const api = makeFakeApi([makeFound()]);
    api.getManifestComparison.mockRejectedValue(new Error('timed out'));

    renderCard(api);

    await screen.findByText('3/3 ready');
    await waitFor(() => expect(api.getManifestComparison).toHaveBeenCalled());
    expect(screen.queryByText(/Differs from Git/)).not.toBeInTheDocument();
  });

  it('opens View YAML from drift chip', async () => {
    const api = makeFakeApi([makeFound()]);
    api.getManifestComparison.mockResolvedValue(makeDriftComparison());

    renderCard(api);
    await userEvent.click(
      await screen.findByRole('button', { name: /^Differs from Git/ }),
    );

    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('YAML of StatefulSet shop/web in cluster local'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Live YAML')).toHaveTextContent(
      'replicas: 5',
    );
    expect(api.getManifestComparison).toHaveBeenCalledTimes(2);
  });

  it('compares with Git again on Refresh', async () => {
    const api = makeFakeApi([makeFound()]);

    renderCard(api);
    await screen.findByText('3/3 ready');
    await waitFor(() =>
      expect(api.getManifestComparison).toHaveBeenCalledTimes(1),
    );

    api.getManifestComparison.mockResolvedValue(makeDriftComparison());
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(
      await screen.findByText('Differs from Git: 2 fields'),
    ).toBeInTheDocument();
    expect(api.getManifestComparison).toHaveBeenCalledTimes(2);
  });

  it('skips comparison on status polls', async () => {
    jest.useFakeTimers();
    try {
      const api = makeFakeApi([makeFound()]);

      renderCard(api);
      await screen.findByText('3/3 ready');
      await act(async () => {
        await jest.advanceTimersByTimeAsync(IDLE_INTERVAL_MS * 2);
      });

      expect(api.getStatus).toHaveBeenCalledTimes(3);
      expect(api.getManifestComparison).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('offers View YAML when set is missing', async () => {
    const api = makeFakeApi([
      {
        state: 'notFound',
        cluster: 'local',
        namespace: 'shop',
        name: 'web',
        message: 'statefulsets.apps "web" not found.',
      },
    ]);
    api.getManifestComparison.mockResolvedValue(
      makeDriftComparison({ live: undefined, differences: [], drift: false }),
    );

    renderCard(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'View YAML' }),
    );

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Git YAML')).toHaveTextContent(
      'replicas: 3',
    );
  });

  it('disables Edit when permission denied', async () => {
    const api = makeFakeApi([makeFound()], {
      edit: {
        allowed: false,
        reason: 'the permission policy denies statefulset.edit',
      },
    });

    renderCard(api);

    const edit = await screen.findByLabelText(
      'Edit: the permission policy denies statefulset.edit',
    );
    expect(within(edit).getByRole('button', { name: 'Edit' })).toBeDisabled();
    expect(api.getRepositoryValues).not.toHaveBeenCalled();
  });

  it('opens update template from Edit', async () => {
    const api = makeFakeApi([makeFound()]);

    const { apis } = renderCard(api);
    await screen.findByText('3/3 ready');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Edit' })).toBeEnabled(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));

    const history = apis.get(coreApis.appHistory)!;
    await waitFor(() =>
      expect(history.getSnapshot().location.pathname).toBe(
        '/create/templates/default/update-stateful-application',
      ),
    );
    const formData = JSON.parse(
      new URLSearchParams(history.getSnapshot().location.search).get(
        'formData',
      ) ?? '{}',
    );
    expect(formData).toEqual({
      name: 'web',
      namespace: 'shop',
      replicas: 3,
      entity: 'component:default/web',
    });
  });
});
