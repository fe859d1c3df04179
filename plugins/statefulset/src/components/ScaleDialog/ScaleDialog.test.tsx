import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import { coreApis } from '@backstage/frontend-plugin-api';
import type {
  ActionPermission,
  ClusterStatefulSetFound,
} from '@internal/backstage-plugin-statefulset-common';
import { makeFound } from '../../__testUtils__/statusFixtures';
import {
  ENTITY_REF,
  makeFakeApi,
} from '../../__testUtils__/fakeStatefulSetApi';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { ScaleDialog } from './ScaleDialog';

function renderDialog(
  status: ClusterStatefulSetFound = makeFound(),
  editPermission: ActionPermission = { allowed: true },
) {
  const api = makeFakeApi([status]);
  const handlers = {
    onClose: jest.fn(),
    onScaled: jest.fn(),
    onReload: jest.fn(),
  };
  const rendered = renderWithEntity(
    <ScaleDialog
      entityRef={ENTITY_REF}
      status={status}
      repositoryUrl="https://git.example/shop/web"
      editPermission={editPermission}
      {...handlers}
    />,
    { api },
  );
  return { api, ...handlers, ...rendered };
}

async function typeReplicas(text: string) {
  const input = await screen.findByLabelText('New replicas');
  await userEvent.clear(input);
  if (text) {
    await userEvent.type(input, text);
  }
}

const argoManaged = makeFound({
  gitOps: { tool: 'argocd', owner: 'shop-web' },
});

async function conflictError(): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: {
          name: 'ConflictError',
          message: 'StatefulSet "web" now has 4 replicas, not the 3 you saw',
          details: { currentReplicas: 4, expectedReplicas: 3 },
        },
        request: { method: 'POST', url: '/api/statefulset/scale' },
        response: { statusCode: 409 },
      }),
      { status: 409, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

describe('ScaleDialog', () => {
  it('shows current count beside input', async () => {
    renderDialog();

    expect(await screen.findByTestId('scale-current')).toHaveTextContent('3');
    expect(screen.getByLabelText('New replicas')).toHaveValue('3');
    expect(screen.getByText(/already has 3 replicas/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scale' })).toBeDisabled();
  });

  it('lists created ordinals and claims', async () => {
    renderDialog();

    await typeReplicas('5');

    expect(screen.getByTestId('scale-plan-created')).toHaveTextContent(
      'Creates 2 pods: web-3, web-4',
    );
    expect(screen.getByTestId('scale-plan-new-claims')).toHaveTextContent(
      'data-web-3, data-web-4',
    );
    expect(screen.getByRole('button', { name: 'Scale' })).toBeEnabled();
  });

  it('lists removed ordinals and kept claims', async () => {
    renderDialog();

    await typeReplicas('1');

    expect(screen.getByTestId('scale-plan-removed')).toHaveTextContent(
      'Removes 2 pods: web-2, web-1',
    );
    expect(screen.getByTestId('scale-plan-kept')).toHaveTextContent(
      'data-web-1, data-web-2',
    );
  });

  it.each([
    ['-1', '-1 is negative; enter 0 or more replicas'],
    ['2.5', '"2.5" is not a whole number; enter a replica count such as 3'],
    ['', 'Enter a replica count, e.g. 3'],
  ])('disables Scale for %j', async (text, error) => {
    renderDialog();

    await typeReplicas(text);

    expect(screen.getByText(error)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scale' })).toBeDisabled();
  });

  it('warns about large scale-up', async () => {
    renderDialog();

    await typeReplicas('20');

    expect(
      screen.getByText(/This creates 17 pods and up to 17 claims/),
    ).toBeInTheDocument();
  });

  it('warns that GitOps sync reverts change', async () => {
    renderDialog(makeFound({ gitOps: { tool: 'argocd', owner: 'shop-web' } }));

    expect(
      await screen.findByText(
        /Argo CD\s*\(shop-web\) manages this StatefulSet/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the source repository' }),
    ).toHaveAttribute('href', 'https://git.example/shop/web');
    expect(
      screen.getByText(/To keep the change,\s*use Propose in Git/),
    ).toBeInTheDocument();
  });

  it('omits GitOps warning when unmanaged', async () => {
    renderDialog();

    await screen.findByLabelText('New replicas');
    expect(
      screen.queryByText(/manages this StatefulSet/),
    ).not.toBeInTheDocument();
  });

  it('scales and reports success', async () => {
    const { api, alertApi, onScaled, onClose } = renderDialog();

    await typeReplicas('5');
    await userEvent.click(screen.getByRole('button', { name: 'Scale' }));

    await waitFor(() => expect(onScaled).toHaveBeenCalled());
    expect(api.scale).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      cluster: 'local',
      replicas: 5,
      expectedReplicas: 3,
    });
    expect(onClose).toHaveBeenCalled();
    expect(alertApi.getAlerts()).toEqual([
      expect.objectContaining({
        severity: 'success',
        message:
          'Scaled StatefulSet shop/web in cluster local from 3 to 5 replicas.',
      }),
    ]);
  });

  it('shows both counts on conflict', async () => {
    const { api, alertApi, onReload, onClose } = renderDialog();
    api.scale.mockRejectedValue(await conflictError());

    await typeReplicas('5');
    await userEvent.click(screen.getByRole('button', { name: 'Scale' }));

    expect(
      await screen.findByText(/you saw\s*3\s*replicas, it now has\s*4/),
    ).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(alertApi.getAlerts()[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining(
        'Scaling StatefulSet shop/web in cluster local failed',
      ),
    });

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('shows failure in place', async () => {
    const { api, alertApi, onClose } = renderDialog();
    api.scale.mockRejectedValue(new Error('connection reset'));

    await typeReplicas('2');
    await userEvent.click(screen.getByRole('button', { name: 'Scale' }));

    expect(await screen.findByText('connection reset')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(alertApi.getAlerts()[0].message).toBe(
      'Scaling StatefulSet shop/web in cluster local failed: connection reset',
    );
  });

  it('reports cancel naming the set', async () => {
    const { api, alertApi, onClose } = renderDialog();

    await userEvent.click(
      await screen.findByRole('button', { name: 'Cancel' }),
    );

    expect(onClose).toHaveBeenCalled();
    expect(api.scale).not.toHaveBeenCalled();
    expect(alertApi.getAlerts()[0]).toMatchObject({
      severity: 'info',
      message:
        'Scaling StatefulSet shop/web in cluster local cancelled; it keeps 3 replicas.',
    });
  });
  it('proposes new count in Git', async () => {
    const { api, apis } = renderDialog(argoManaged);

    await typeReplicas('5');
    await userEvent.click(
      screen.getByRole('button', { name: 'Propose in Git' }),
    );

    await waitFor(() =>
      expect(
        apis.get(coreApis.appHistory)?.getSnapshot().location.pathname,
      ).toBe('/create/templates/default/update-stateful-application'),
    );
    const { search } = apis.get(coreApis.appHistory)!.getSnapshot().location;
    const formData = JSON.parse(
      new URLSearchParams(search).get('formData') ?? '{}',
    );
    expect(formData).toEqual({
      name: 'web',
      namespace: 'shop',
      replicas: 5,
      entity: ENTITY_REF,
    });
    expect(api.getRepositoryValues).toHaveBeenCalledWith(ENTITY_REF);
    expect(api.scale).not.toHaveBeenCalled();
  });

  it('omits Propose in Git when unmanaged', async () => {
    renderDialog();

    await typeReplicas('5');

    expect(
      screen.queryByRole('button', { name: 'Propose in Git' }),
    ).not.toBeInTheDocument();
  });

  it('disables Propose in Git when denied', async () => {
    renderDialog(argoManaged, {
      allowed: false,
      reason: 'the permission policy denies statefulset.edit',
    });

    await typeReplicas('5');

    const wrapper = screen.getByLabelText(
      'Propose in Git: the permission policy denies statefulset.edit',
    );
    expect(
      within(wrapper).getByRole('button', { name: 'Propose in Git' }),
    ).toBeDisabled();
  });

  it('disables Propose in Git without change', async () => {
    renderDialog(argoManaged);

    expect(
      await screen.findByRole('button', { name: 'Propose in Git' }),
    ).toBeDisabled();
  });

  it('shows values failure in dialog', async () => {
    const { api, apis, alertApi } = renderDialog(argoManaged);
    api.getRepositoryValues.mockRejectedValue(
      new Error('values.yaml not found in the repository'),
    );

    await typeReplicas('5');
    await userEvent.click(
      screen.getByRole('button', { name: 'Propose in Git' }),
    );

    const message = `Reading values.yaml of ${ENTITY_REF} failed: values.yaml not found in the repository`;
    expect(
      await within(screen.getByRole('dialog')).findByText(message),
    ).toBeInTheDocument();
    expect(
      apis.get(coreApis.appHistory)?.getSnapshot().location.pathname,
    ).not.toMatch(/^\/create/);
    expect(alertApi.getAlerts()[0]).toMatchObject({
      severity: 'error',
      message,
    });
  });
});
