import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inputAt, renderField } from '../testing/renderField';
import { pickOption } from '../testing/select';
import { SchedulingField } from './SchedulingField';

describe('SchedulingField', () => {
  it('emits a required node term', async () => {
    const { container, current } = await renderField(SchedulingField, {
      name: 'scheduling',
    });

    fireEvent.click(
      screen.getAllByRole('button', { name: 'Add required term' })[0],
    );
    await userEvent.type(
      inputAt(
        container,
        'scheduling.nodeAffinity.required[0].matchExpressions[0].key',
      ),
      'disktype',
    );
    await userEvent.type(
      inputAt(
        container,
        'scheduling.nodeAffinity.required[0].matchExpressions[0].values',
      ),
      'ssd',
    );

    expect(current()).toEqual({
      nodeAffinity: {
        required: [
          {
            matchExpressions: [
              { key: 'disktype', operator: 'In', values: ['ssd'] },
            ],
          },
        ],
      },
    });
  });

  it('drops values for the Exists operator', async () => {
    const { container, current } = await renderField(SchedulingField, {
      name: 'scheduling',
      formData: {
        nodeAffinity: {
          required: [
            {
              matchExpressions: [{ key: 'gpu', operator: 'In', values: ['a'] }],
            },
          ],
        },
      },
    });

    pickOption(
      container,
      'scheduling.nodeAffinity.required[0].matchExpressions[0].operator',
      'Exists',
    );

    expect(
      container.querySelector(
        '[data-path="scheduling.nodeAffinity.required[0].matchExpressions[0].values"]',
      ),
    ).toBeNull();
    expect(current()).toEqual({
      nodeAffinity: {
        required: [{ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] }],
      },
    });
  });

  it('emits a preferred pod anti-affinity term', async () => {
    const { current } = await renderField(SchedulingField, {
      name: 'scheduling',
    });

    fireEvent.click(
      screen.getAllByRole('button', { name: 'Add preferred term' })[2],
    );

    expect(current()).toEqual({
      podAntiAffinity: {
        preferred: [
          {
            weight: 50,
            term: { topologyKey: 'kubernetes.io/hostname', labelSelector: {} },
          },
        ],
      },
    });
  });

  it('emits a NoExecute toleration with seconds', async () => {
    const { container, current } = await renderField(SchedulingField, {
      name: 'scheduling',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Add toleration' }));
    await userEvent.type(
      inputAt(container, 'scheduling.tolerations[0].key'),
      'node.kubernetes.io/unreachable',
    );
    pickOption(container, 'scheduling.tolerations[0].operator', 'Exists');
    pickOption(container, 'scheduling.tolerations[0].effect', 'NoExecute');
    await userEvent.type(
      inputAt(container, 'scheduling.tolerations[0].tolerationSeconds'),
      '30',
    );

    expect(current()).toEqual({
      tolerations: [
        {
          key: 'node.kubernetes.io/unreachable',
          operator: 'Exists',
          effect: 'NoExecute',
          tolerationSeconds: 30,
        },
      ],
    });
  });
});

describe('SchedulingField defaults', () => {
  it('prunes empty lists from form defaults', async () => {
    const { current } = await renderField(SchedulingField, {
      name: 'scheduling',
      formData: {
        nodeAffinity: { required: [], preferred: [] },
        tolerations: [],
      },
    });

    expect(current()).toBeUndefined();
  });
});
