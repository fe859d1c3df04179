import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validateStatefulSetValues } from '@internal/backstage-plugin-statefulset-common';
import { inputAt, renderField } from '../testing/renderField';
import { VolumeMountsField } from './VolumeMountsField';

const otherValues = {
  name: 'db',
  owner: 'group:default/guests',
  volumeClaimTemplates: [
    { name: 'data', storage: '1Gi', accessModes: ['ReadWriteOnce'] },
  ],
  volumes: [{ name: 'cache', type: 'emptyDir' }],
};

function modelMessage(containers: object[], path: string): string | undefined {
  const result = validateStatefulSetValues({ ...otherValues, containers });
  return result.success
    ? undefined
    : result.errors.find(e => e.path === path)?.message;
}

describe('VolumeMountsField', () => {
  it('mounts a claim template beside it', async () => {
    const { container, current } = await renderField(VolumeMountsField, {
      name: 'containers',
      formData: [{ name: 'postgres', image: { repository: 'postgres' } }],
      otherValues,
    });

    fireEvent.click(
      screen.getByRole('button', { name: 'Mount data in postgres' }),
    );
    await userEvent.type(
      inputAt(container, 'containers[0].volumeMounts[0].mountPath'),
      '/var/lib/postgresql',
    );

    expect(current()).toEqual([
      {
        name: 'postgres',
        image: { repository: 'postgres' },
        volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql' }],
      },
    ]);
  });

  it('lists each mount under its volume', async () => {
    await renderField(VolumeMountsField, {
      name: 'containers',
      formData: [
        {
          name: 'postgres',
          image: { repository: 'postgres' },
          volumeMounts: [{ name: 'cache', mountPath: '/cache' }],
        },
        {
          name: 'exporter',
          image: { repository: 'exporter' },
          volumeMounts: [{ name: 'cache', mountPath: '/tmp/cache' }],
        },
      ],
      otherValues,
    });

    expect(screen.getByText('Volume cache')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Remove mount of cache in postgres' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Remove mount of cache in exporter' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Remove mount of data/ }),
    ).toBeNull();
  });

  it.each([
    [
      'relative path',
      [{ name: 'data', mountPath: 'var/lib' }],
      'containers[0].volumeMounts[0].mountPath',
    ],
    [
      'duplicate path',
      [
        { name: 'data', mountPath: '/srv' },
        { name: 'cache', mountPath: '/srv' },
      ],
      'containers[0].volumeMounts[1].mountPath',
    ],
  ])('shows the model message for %s', async (_case, volumeMounts, path) => {
    const containers = [
      { name: 'postgres', image: { repository: 'postgres' }, volumeMounts },
    ];
    const { container } = await renderField(VolumeMountsField, {
      name: 'containers',
      formData: containers,
      otherValues,
      rawErrors: [`${path}: invalid`],
    });

    const expected = modelMessage(containers, path);
    expect(expected).toBeDefined();
    expect(inputAt(container, path)).toBeInTheDocument();
    expect(
      container.querySelector(`[id="${path}-helper-text"]`)?.textContent,
    ).toBe(expected);
  });
});
