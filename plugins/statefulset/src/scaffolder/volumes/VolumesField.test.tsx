import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inputAt, renderField } from '../testing/renderField';
import { pickOption } from '../testing/select';
import { ClaimTemplatesField } from './ClaimTemplatesField';
import { VolumesField } from './VolumesField';

describe('VolumesField', () => {
  it('emits a ConfigMap volume with octal mode', async () => {
    const { container, current } = await renderField(VolumesField, {
      name: 'volumes',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Add volume' }));
    await userEvent.type(inputAt(container, 'volumes[0].name'), 'config');
    pickOption(container, 'volumes[0].type', 'configMap');
    await userEvent.type(
      inputAt(container, 'volumes[0].configMap.name'),
      'nginx-conf',
    );
    await userEvent.type(
      inputAt(container, 'volumes[0].configMap.defaultMode'),
      '0440',
    );

    expect(current()).toEqual([
      {
        name: 'config',
        type: 'configMap',
        configMap: { name: 'nginx-conf', defaultMode: 0o440 },
      },
    ]);
  });

  it('shows where a volume is mounted', async () => {
    await renderField(VolumesField, {
      name: 'volumes',
      formData: [{ name: 'cache', type: 'emptyDir' }],
      otherValues: {
        containers: [
          {
            name: 'web',
            image: { repository: 'nginx' },
            volumeMounts: [{ name: 'cache', mountPath: '/var/cache/nginx' }],
          },
        ],
      },
    });

    expect(
      screen.getByText('Mounted at web: /var/cache/nginx'),
    ).toBeInTheDocument();
  });

  it('says when a volume is not mounted', async () => {
    await renderField(VolumesField, {
      name: 'volumes',
      formData: [{ name: 'cache', type: 'emptyDir' }],
    });

    expect(screen.getByText(/Not mounted yet/)).toBeInTheDocument();
  });
});

describe('ClaimTemplatesField', () => {
  it('emits name, size and access mode', async () => {
    const { container, current } = await renderField(ClaimTemplatesField, {
      name: 'volumeClaimTemplates',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Add claim template' }));
    await userEvent.type(
      inputAt(container, 'volumeClaimTemplates[0].name'),
      'disk-ssd',
    );
    await userEvent.type(
      inputAt(container, 'volumeClaimTemplates[0].storage'),
      '20',
    );

    expect(current()).toEqual([
      { name: 'disk-ssd', storage: '20Gi', accessModes: ['ReadWriteOnce'] },
    ]);
  });

  it('adds and removes access modes', async () => {
    const { container, current } = await renderField(ClaimTemplatesField, {
      name: 'volumeClaimTemplates',
      formData: [
        { name: 'data', storage: '1Gi', accessModes: ['ReadWriteOnce'] },
      ],
    });

    fireEvent.click(
      inputAt(
        container,
        'volumeClaimTemplates[0].accessModes:ReadWriteOncePod',
      ),
    );
    fireEvent.click(
      inputAt(container, 'volumeClaimTemplates[0].accessModes:ReadWriteOnce'),
    );

    expect((current() as any)[0].accessModes).toEqual(['ReadWriteOncePod']);
  });

  it('shows the model message for no access mode', async () => {
    const claims = [{ name: 'data', storage: '1Gi', accessModes: [] }];
    await renderField(ClaimTemplatesField, {
      name: 'volumeClaimTemplates',
      formData: claims,
      otherValues: {
        name: 'db',
        owner: 'group:default/guests',
        containers: [{ name: 'db', image: { repository: 'postgres' } }],
      },
      rawErrors: ['volumeClaimTemplates[0].accessModes: invalid'],
    });

    expect(document.querySelector('.Mui-error')).not.toBeNull();
  });
});
