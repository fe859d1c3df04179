import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  validatePortName,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import { inputAt, renderField } from '../testing/renderField';
import { pickOption } from '../testing/select';
import { ContainersField } from './ContainersField';

const otherValues = { name: 'nginx', owner: 'group:default/guests' };

function modelMessage(values: object, path: string): string | undefined {
  const result = validateStatefulSetValues({ ...otherValues, ...values });
  return result.success
    ? undefined
    : result.errors.find(e => e.path === path)?.message;
}

describe('ContainersField', () => {
  it('renders one container editor per container', async () => {
    const { container } = await renderField(ContainersField, {
      name: 'containers',
      formData: [
        { name: 'web', image: { repository: 'nginx' } },
        { name: 'sidecar', image: { repository: 'busybox' } },
      ],
      otherValues,
    });

    expect(inputAt(container, 'containers[0].name')).toHaveValue('web');
    expect(inputAt(container, 'containers[1].image.repository')).toHaveValue(
      'busybox',
    );
    expect(screen.getAllByText('Health checks')).toHaveLength(2);
  });

  it('drops empty lists from form defaults', async () => {
    const { current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [
        {
          name: 'web',
          image: { repository: 'nginx' },
          command: [],
          args: [],
          ports: [],
        },
      ],
      otherValues,
    });

    expect(current()).toEqual([
      { name: 'web', image: { repository: 'nginx' } },
    ]);
  });

  it('emits name, image and tag as typed', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: '', image: { repository: '' } }],
      otherValues,
    });

    await userEvent.type(inputAt(container, 'containers[0].name'), 'nginx');
    await userEvent.type(
      inputAt(container, 'containers[0].image.repository'),
      'nginx',
    );
    await userEvent.type(
      inputAt(container, 'containers[0].image.tag'),
      '1.27.3',
    );

    expect(current()).toEqual([
      { name: 'nginx', image: { repository: 'nginx', tag: '1.27.3' } },
    ]);
  });

  it('shows the port name rule message in place', async () => {
    const { container } = await renderField(ContainersField, {
      name: 'containers',
      formData: [
        {
          name: 'web',
          image: { repository: 'nginx' },
          ports: [{ containerPort: 80 }],
        },
      ],
      otherValues,
    });

    const nameBox = inputAt(container, 'containers[0].ports[0].name');
    await userEvent.type(nameBox, 'metrics-exporter-https');
    fireEvent.blur(nameBox);

    const expected = validatePortName('metrics-exporter-https')!;
    expect(expected).toBeDefined();
    expect(await screen.findByText(expected)).toBeInTheDocument();
  });

  it.each([
    ['memory', '2GiB', '2Gi'],
    ['cpu', '500mi', '500m'],
  ])(
    'shows the %s quantity error after a submit',
    async (resource, quantity, spelling) => {
      const containers = [
        {
          name: 'web',
          image: { repository: 'nginx' },
          resources: { limits: { [resource]: quantity } },
        },
      ];
      const path = `containers[0].resources.limits.${resource}`;
      await renderField(ContainersField, {
        name: 'containers',
        formData: containers,
        otherValues,
        rawErrors: [`${path}: invalid`],
      });

      const expected = modelMessage({ containers }, path);
      expect(expected).toBeDefined();
      expect(expected).toContain(spelling);
      expect(screen.getByText(expected!)).toBeInTheDocument();
    },
  );

  it('emits memory with the picked unit', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'web', image: { repository: 'nginx' } }],
      otherValues,
    });

    await userEvent.type(
      inputAt(container, 'containers[0].resources.requests.memory'),
      '256',
    );
    pickOption(
      container,
      'containers[0].resources.limits.cpu:unit',
      'm (millicores)',
    );
    await userEvent.type(
      inputAt(container, 'containers[0].resources.limits.cpu'),
      '500',
    );

    expect((current() as any)[0].resources).toEqual({
      requests: { memory: '256Mi' },
      limits: { cpu: '500m' },
    });
  });

  it('emits an HTTP readiness probe', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'web', image: { repository: 'nginx' } }],
      otherValues,
    });

    fireEvent.click(
      inputAt(container, 'containers[0].probes.readiness:enabled'),
    );
    pickOption(container, 'containers[0].probes.readiness.type', 'httpGet');
    await userEvent.type(
      inputAt(container, 'containers[0].probes.readiness.httpGet.port'),
      '80',
    );

    expect((current() as any)[0].probes).toEqual({
      readiness: { type: 'httpGet', httpGet: { path: '/', port: 80 } },
    });
  });

  it('leaves probes out of init containers', async () => {
    await renderField(ContainersField, {
      name: 'initContainers',
      formData: [{ name: 'setup', image: { repository: 'busybox' } }],
      otherValues: {
        ...otherValues,
        containers: [{ name: 'web', image: { repository: 'nginx' } }],
      },
    });

    expect(screen.getByText('Init containers')).toBeInTheDocument();
    expect(screen.queryByText('Health checks')).not.toBeInTheDocument();
    expect(screen.queryByText('Lifecycle hooks')).not.toBeInTheDocument();
  });

  it('suggests volume names for mounts', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'web', image: { repository: 'nginx' } }],
      otherValues: {
        ...otherValues,
        volumeClaimTemplates: [
          { name: 'disk-ssd', storage: '20Gi', accessModes: ['ReadWriteOnce'] },
        ],
      },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Add mount' }));
    await userEvent.type(
      inputAt(container, 'containers[0].volumeMounts[0].mountPath'),
      '/tmp',
    );

    await waitFor(() =>
      expect((current() as any)[0].volumeMounts).toEqual([
        { name: 'disk-ssd', mountPath: '/tmp' },
      ]),
    );
  });
});

describe('LogsEditor', () => {
  it('emits a file log source with tags', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'web', image: { repository: 'nginx' } }],
      otherValues,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Add log source' }));
    await userEvent.type(
      inputAt(container, 'containers[0].logs[0].logstore'),
      'web-access',
    );
    await userEvent.clear(inputAt(container, 'containers[0].logs[0].path'));
    await userEvent.type(
      inputAt(container, 'containers[0].logs[0].path'),
      '/var/log/nginx/*.log',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await userEvent.type(
      inputAt(container, 'containers[0].logs[0].tags[0].key'),
      'team',
    );
    await userEvent.type(
      inputAt(container, 'containers[0].logs[0].tags[0].value'),
      'shop',
    );

    expect((current() as any)[0].logs).toEqual([
      {
        logstore: 'web-access',
        path: '/var/log/nginx/*.log',
        tags: { team: 'shop' },
      },
    ]);
  });
});
