import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClusterStatefulSetFound } from '@internal/backstage-plugin-statefulset-common';
import { makeFound } from '../../__testUtils__/statusFixtures';
import {
  ENTITY_REF,
  makeFakeApi,
} from '../../__testUtils__/fakeStatefulSetApi';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { RedeployDialog } from './RedeployDialog';

function renderDialog(status: ClusterStatefulSetFound = makeFound()) {
  const api = makeFakeApi([status]);
  const handlers = { onClose: jest.fn(), onRedeployed: jest.fn() };
  const rendered = renderWithEntity(
    <RedeployDialog entityRef={ENTITY_REF} status={status} {...handlers} />,
    { api },
  );
  return { api, ...handlers, ...rendered };
}

describe('RedeployDialog', () => {
  it('redeploys after confirmation', async () => {
    const { api, alertApi, onRedeployed, onClose } = renderDialog();

    expect(await screen.findByText(/All 3 pods restart/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Redeploy' }));

    await waitFor(() => expect(onRedeployed).toHaveBeenCalled());
    expect(api.redeploy).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      cluster: 'local',
    });
    expect(onClose).toHaveBeenCalled();
    expect(alertApi.getAlerts()[0]).toMatchObject({
      severity: 'success',
      message:
        'Redeploy of StatefulSet shop/web in cluster local started; its pods restart in turn.',
    });
  });

  it('reports cancel without redeploying', async () => {
    const { api, alertApi, onClose } = renderDialog();

    await userEvent.click(
      await screen.findByRole('button', { name: 'Cancel' }),
    );

    expect(api.redeploy).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalled();
    expect(alertApi.getAlerts()[0]).toMatchObject({
      severity: 'info',
      message:
        'Redeploy of StatefulSet shop/web in cluster local cancelled; no pod restarts.',
    });
  });

  it('shows failure in place', async () => {
    const { api, alertApi, onClose } = renderDialog();
    api.redeploy.mockRejectedValue(new Error('API server timed out'));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Redeploy' }),
    );

    expect(await screen.findByText('API server timed out')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(alertApi.getAlerts()[0]).toMatchObject({
      severity: 'error',
      message:
        'Redeploy of StatefulSet shop/web in cluster local failed: API server timed out',
    });
  });

  it('explains OnDelete restarts nothing itself', async () => {
    renderDialog(
      makeFound({ statefulSet: { updateStrategy: { type: 'OnDelete' } } }),
    );

    expect(
      await screen.findByText(
        /OnDelete, so the controller restarts no pod by itself/,
      ),
    ).toBeInTheDocument();
  });

  it('restarts only ordinals from partition', async () => {
    renderDialog(
      makeFound({
        statefulSet: {
          updateStrategy: { type: 'RollingUpdate', partition: 2 },
        },
      }),
    );

    expect(
      await screen.findByText(/Only ordinals 2 and above restart/),
    ).toBeInTheDocument();
  });
});
