import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inputAt, renderField } from '../testing/renderField';
import { pickOption } from '../testing/select';
import { ContainersField } from '../containers/ContainersField';

const base = { name: 'web', image: { repository: 'nginx' } };
const otherValues = { name: 'nginx', owner: 'group:default/guests' };

describe('EnvEditor', () => {
  it('emits a plain value entry', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [base],
      otherValues,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Add variable' }));
    await userEvent.type(
      inputAt(container, 'containers[0].env[0].name'),
      'MODE',
    );
    await userEvent.type(
      inputAt(container, 'containers[0].env[0].value'),
      'on',
    );

    expect((current() as any)[0].env).toEqual([
      { source: 'value', name: 'MODE', value: 'on' },
    ]);
  });

  it('keeps the name when switching to a Secret key', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [
        { ...base, env: [{ source: 'value', name: 'PASSWORD', value: 'x' }] },
      ],
      otherValues,
    });

    pickOption(container, 'containers[0].env[0].source', 'secretKey');
    await userEvent.type(
      inputAt(container, 'containers[0].env[0].secretName'),
      'db',
    );
    await userEvent.type(
      inputAt(container, 'containers[0].env[0].key'),
      'password',
    );

    expect((current() as any)[0].env).toEqual([
      {
        source: 'secretKey',
        name: 'PASSWORD',
        secretName: 'db',
        key: 'password',
      },
    ]);
  });

  it('hides the name for a whole ConfigMap', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ ...base, env: [{ source: 'value', name: 'A', value: '' }] }],
      otherValues,
    });

    pickOption(container, 'containers[0].env[0].source', 'configMap');
    await userEvent.type(
      inputAt(container, 'containers[0].env[0].configMapName'),
      'settings',
    );

    expect(
      container.querySelector('[data-path="containers[0].env[0].name"]'),
    ).toBeNull();
    expect((current() as any)[0].env).toEqual([
      { source: 'configMap', configMapName: 'settings' },
    ]);
  });

  it('emits a pod field reference', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [
        { ...base, env: [{ source: 'value', name: 'POD_IP', value: '' }] },
      ],
      otherValues,
    });

    pickOption(container, 'containers[0].env[0].source', 'fieldRef');
    await userEvent.type(
      inputAt(container, 'containers[0].env[0].fieldPath'),
      'status.podIP',
    );

    expect((current() as any)[0].env).toEqual([
      { source: 'fieldRef', name: 'POD_IP', fieldPath: 'status.podIP' },
    ]);
  });
});
