import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { ClusterStatefulSetFound } from '@internal/backstage-plugin-statefulset-common';
import {
  makeClaim,
  makeFound,
  makePod,
} from '../../__testUtils__/statusFixtures';
import { buildOrdinalRows } from '../../lib/ordinalRows';
import { OrdinalTable } from './OrdinalTable';

const NOW = new Date('2026-12-04T12:00:00Z');

function renderTable(status: ClusterStatefulSetFound) {
  return renderInTestApp(
    <OrdinalTable
      rows={buildOrdinalRows(status)}
      now={NOW}
      rolloutInProgress={false}
    />,
  );
}

/** Ordinals of the rows on display, from their test ids. */
function shownOrdinals(): number[] {
  return screen
    .getAllByTestId(/^ordinal-/)
    .map(row => Number(row.dataset.testid!.slice('ordinal-'.length)));
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, index) => start + index);
}

describe('OrdinalTable', () => {
  it('shows all rows without pager', async () => {
    await renderTable(makeFound({ statefulSet: { desiredReplicas: 20 } }));

    expect(shownOrdinals()).toEqual(range(0, 20));
    expect(screen.queryByText(/Ordinals per page/)).not.toBeInTheDocument();
  });

  it('shows fifty ordinals on page one', async () => {
    await renderTable(makeFound({ statefulSet: { desiredReplicas: 1000 } }));

    expect(shownOrdinals()).toEqual(range(0, 50));
    expect(
      screen.getByText('Ordinals 0–49 (rows 1–50 of 1000)'),
    ).toBeInTheDocument();
  });

  it('page two shows ordinals 50-99', async () => {
    await renderTable(makeFound({ statefulSet: { desiredReplicas: 1000 } }));

    await userEvent.click(screen.getByRole('button', { name: /next page/i }));

    expect(shownOrdinals()).toEqual(range(50, 100));
    expect(screen.getByTestId('ordinal-50')).toHaveTextContent(/^web-50/);
    expect(
      screen.getByText('Ordinals 50–99 (rows 51–100 of 1000)'),
    ).toBeInTheDocument();
  });

  it('last page lists kept claims after scale-in', async () => {
    // Scaled from 120 to 60: ordinals 60-119 keep only their claims.
    const status = makeFound({
      statefulSet: { desiredReplicas: 60 },
      pods: range(0, 60).map(ordinal => makePod(ordinal)),
      claims: range(0, 120).map(ordinal =>
        makeClaim(ordinal, { retained: ordinal >= 60 }),
      ),
    });
    await renderTable(status);

    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));

    expect(shownOrdinals()).toEqual(range(100, 120));
    const keptRow = screen.getByTestId('ordinal-119');
    expect(keptRow).toHaveTextContent('No pod (ordinal at or above replicas)');
    expect(keptRow).toHaveTextContent('data-web-119');
  });

  it('keeps ordinal order across pages', async () => {
    const status = makeFound({
      statefulSet: { desiredReplicas: 0 },
      pods: [],
      claims: [7, 3, 200, 55, 54].map(ordinal =>
        makeClaim(ordinal, { retained: true }),
      ),
    });
    const many = {
      ...status,
      claims: [
        ...status.claims,
        ...range(60, 120).map(ordinal =>
          makeClaim(ordinal, { retained: true }),
        ),
      ],
    };
    await renderTable(many);

    const firstPage = shownOrdinals();
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    const secondPage = shownOrdinals();

    expect(firstPage).toEqual([3, 7, 54, 55, ...range(60, 106)]);
    expect(secondPage).toEqual([...range(106, 120), 200]);
  });

  it('shows a blocked pod on its page', async () => {
    const pods = range(0, 121).map(ordinal =>
      ordinal === 120
        ? makePod(120, {
            ready: false,
            phase: 'Pending',
            reason: 'ImagePullBackOff',
            message: 'Back-off pulling image "nginx:bad"',
          })
        : makePod(ordinal),
    );
    await renderTable(
      makeFound({ statefulSet: { desiredReplicas: 200 }, pods }),
    );

    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));

    const blockedRow = screen.getByTestId('ordinal-120');
    expect(within(blockedRow).getByText('ImagePullBackOff')).toHaveAttribute(
      'title',
      'Back-off pulling image "nginx:bad"',
    );
    expect(screen.getByTestId('ordinal-121')).toHaveTextContent(
      'Not created yet',
    );
    expect(shownOrdinals()).toEqual(range(100, 150));
  });

  it('shows the last page after scale-in', async () => {
    const before = buildOrdinalRows(
      makeFound({ statefulSet: { desiredReplicas: 200 } }),
    );
    const after = buildOrdinalRows(
      makeFound({ statefulSet: { desiredReplicas: 70 }, claims: [] }),
    );
    // Swaps the rows inside the test app, as a new status does.
    function ScaleIn() {
      const [rows, setRows] = useState(before);
      return (
        <>
          <button onClick={() => setRows(after)}>Scale in</button>
          <OrdinalTable rows={rows} now={NOW} rolloutInProgress={false} />
        </>
      );
    }
    await renderInTestApp(<ScaleIn />);
    for (let page = 0; page < 3; page++) {
      await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    }
    const beforeScaleIn = shownOrdinals();

    await userEvent.click(screen.getByRole('button', { name: 'Scale in' }));

    expect(beforeScaleIn).toEqual(range(150, 200));
    expect(shownOrdinals()).toEqual(range(50, 70));
  });

  it('changes the rows per page', async () => {
    await renderTable(makeFound({ statefulSet: { desiredReplicas: 300 } }));
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));

    await userEvent.click(screen.getByRole('button', { name: /per page/i }));
    await userEvent.click(screen.getByRole('option', { name: '100' }));

    expect(shownOrdinals()).toEqual(range(0, 100));
  });
});
