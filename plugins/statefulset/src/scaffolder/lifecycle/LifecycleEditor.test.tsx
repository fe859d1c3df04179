import { fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inputAt, renderField } from '../testing/renderField';
import { pickOption } from '../testing/select';
import { ContainersField } from '../containers/ContainersField';

const otherValues = { name: 'nginx', owner: 'group:default/guests' };

describe('LifecycleEditor', () => {
  it('emits a pre-stop command, one argument per line', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'web', image: { repository: 'nginx' } }],
      otherValues,
    });

    fireEvent.click(
      inputAt(container, 'containers[0].lifecycle.preStop:enabled'),
    );
    await userEvent.type(
      inputAt(container, 'containers[0].lifecycle.preStop.exec.command'),
      '/usr/sbin/nginx{enter}-s{enter}quit',
    );

    expect((current() as any)[0].lifecycle).toEqual({
      preStop: {
        type: 'exec',
        exec: { command: ['/usr/sbin/nginx', '-s', 'quit'] },
      },
    });
  });

  it('emits a post-start HTTP request', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'web', image: { repository: 'nginx' } }],
      otherValues,
    });

    fireEvent.click(
      inputAt(container, 'containers[0].lifecycle.postStart:enabled'),
    );
    pickOption(container, 'containers[0].lifecycle.postStart.type', 'httpGet');
    await userEvent.type(
      inputAt(container, 'containers[0].lifecycle.postStart.httpGet.port'),
      'http',
    );

    expect((current() as any)[0].lifecycle).toEqual({
      postStart: { type: 'httpGet', httpGet: { port: 'http' } },
    });
  });
});
