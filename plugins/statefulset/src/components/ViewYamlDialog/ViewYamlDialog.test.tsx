import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import type { ManifestComparisonState } from '../../hooks/useManifestComparison';
import {
  GIT_YAML,
  makeDriftComparison,
} from '../../__testUtils__/comparisonFixtures';
import {
  ENTITY_REF,
  makeFakeApi,
} from '../../__testUtils__/fakeStatefulSetApi';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { ViewYamlDialog } from './ViewYamlDialog';

function renderDialog(state: Partial<ManifestComparisonState>) {
  const comparison: ManifestComparisonState = {
    loading: false,
    reload: jest.fn(),
    ...state,
  };
  const onClose = jest.fn();
  renderWithEntity(
    <ViewYamlDialog
      entityRef={ENTITY_REF}
      cluster="local"
      setLabel="shop/web"
      comparison={comparison}
      onClose={onClose}
    />,
    { api: makeFakeApi([]) },
  );
  return { reload: comparison.reload as jest.Mock, onClose };
}

async function errorResponse(
  status: number,
  error: Record<string, unknown>,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error,
        request: { method: 'GET', url: '/api/statefulset/manifests' },
        response: { statusCode: status },
      }),
      { status, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

/** Text of the marked lines of one pane, without the line numbers. */
function markedLines(label: string): string[] {
  const pane = screen.getByLabelText(label);
  return Array.from(pane.querySelectorAll('[data-differs="true"]')).map(line =>
    (line.textContent ?? '').replace(/^\d+/, '').trim(),
  );
}

describe('ViewYamlDialog', () => {
  it('shows progress while loading', async () => {
    renderDialog({ loading: true });

    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByLabelText('Live YAML')).not.toBeInTheDocument();
  });

  it('keeps content while reloading', async () => {
    renderDialog({ value: makeDriftComparison(), loading: true });

    expect(
      await screen.findByRole('progressbar', { name: 'Reloading' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Live YAML')).toHaveTextContent('replicas: 5');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeDisabled();
  });

  it('shows both sides with differences marked', async () => {
    renderDialog({ value: makeDriftComparison() });

    expect(
      await screen.findByText(/2 fields of the live StatefulSet differ/),
    ).toBeInTheDocument();
    expect(markedLines('Live YAML')).toEqual([
      'replicas: 5',
      'image: nginx:1.28',
    ]);
    expect(markedLines('Git YAML')).toEqual([
      'replicas: 3',
      'image: nginx:1.27',
    ]);
  });

  it('lists differing paths with values', async () => {
    renderDialog({ value: makeDriftComparison() });

    const table = await screen.findByRole('table', {
      name: 'Fields that differ from Git',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('spec.replicas35');
    expect(rows[1]).toHaveTextContent(
      'spec.template.spec.containers[0].imagenginx:1.27nginx:1.28',
    );
  });

  it('emphasizes lines of selected path', async () => {
    renderDialog({ value: makeDriftComparison() });

    await userEvent.click(
      await screen.findByRole('button', { name: 'spec.replicas' }),
    );

    const selected = screen
      .getByLabelText('Git YAML')
      .querySelectorAll('[data-selected="true"]');
    expect(selected).toHaveLength(1);
    expect(selected[0]).toHaveTextContent('replicas: 3');
  });

  it('says when live matches Git', async () => {
    renderDialog({
      value: makeDriftComparison({
        live: GIT_YAML,
        differences: [],
        drift: false,
      }),
    });

    expect(
      await screen.findByText(/has the Git value in every field/),
    ).toBeInTheDocument();
    expect(markedLines('Live YAML')).toEqual([]);
    expect(
      screen.queryByRole('table', { name: 'Fields that differ from Git' }),
    ).not.toBeInTheDocument();
  });

  it('names set when live is missing', async () => {
    renderDialog({
      value: makeDriftComparison({
        live: undefined,
        differences: [],
        drift: false,
      }),
    });

    expect(
      await screen.findByText(
        /StatefulSet web not found in namespace shop of cluster local/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Git YAML')).toHaveTextContent('replicas: 3');
    expect(
      screen.getByText(/Nothing was compared because the live StatefulSet/),
    ).toBeInTheDocument();
  });

  it('shows gitError when manifest unavailable', async () => {
    renderDialog({
      value: makeDriftComparison({
        git: undefined,
        gitUrl: undefined,
        gitError: 'no backstage.io/source-location annotation',
        differences: [],
        drift: false,
      }),
    });

    expect(
      await screen.findByText(
        /Git manifest unavailable:\s*no backstage.io\/source-location annotation/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Live YAML')).toHaveTextContent('replicas: 5');
  });

  it('offers retry when reading fails', async () => {
    const { reload } = renderDialog({
      error: await errorResponse(503, {
        name: 'ServiceUnavailableError',
        message: 'Reading values.yaml timed out',
      }),
    });

    expect(
      await screen.findByText('Reading values.yaml timed out'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('explains forbidden entity without retry', async () => {
    renderDialog({
      error: await errorResponse(403, {
        name: 'NotAllowedError',
        message: 'catalog.entity.read denied',
      }),
    });

    expect(
      await screen.findByText(`You may not view the YAML of ${ENTITY_REF}`),
    ).toBeInTheDocument();
    expect(screen.getByText(/catalog.entity.read denied/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Retry' }),
    ).not.toBeInTheDocument();
  });

  it('names missing cluster permission', async () => {
    renderDialog({
      error: await errorResponse(403, {
        name: 'Error',
        message: 'statefulsets.apps "web" is forbidden',
        kubernetesError: {
          reason: 'forbidden',
          message: 'statefulsets.apps "web" is forbidden',
          verb: 'get',
          resource: 'statefulsets',
          namespace: 'shop',
        },
      }),
    });

    expect(
      await screen.findByText('Missing permission in cluster local'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/may not get statefulsets in namespace shop/),
    ).toBeInTheDocument();
  });

  it('closes on Close', async () => {
    const { onClose } = renderDialog({ value: makeDriftComparison() });

    await userEvent.click(await screen.findByRole('button', { name: 'Close' }));

    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
