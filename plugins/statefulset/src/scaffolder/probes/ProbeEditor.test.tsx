import { screen } from '@testing-library/react';
import { validateStatefulSetValues } from '@internal/backstage-plugin-statefulset-common';
import { ContainersField } from '../containers/ContainersField';
import { renderField } from '../testing/renderField';

const otherValues = { name: 'web', owner: 'group:default/guests' };

describe('ProbeEditor', () => {
  it('shows the message for a second handler', async () => {
    const containers = [
      {
        name: 'web',
        image: { repository: 'nginx' },
        probes: {
          liveness: {
            type: 'exec',
            exec: { command: ['true'] },
            httpGet: { port: 80 },
          },
        },
      },
    ];
    await renderField(ContainersField, {
      name: 'containers',
      formData: containers,
      otherValues,
      rawErrors: ['containers[0].probes.liveness.httpGet: invalid'],
    });

    const result = validateStatefulSetValues({ ...otherValues, containers });
    const expected = result.success
      ? undefined
      : result.errors.find(
          e => e.path === 'containers[0].probes.liveness.httpGet',
        )?.message;
    expect(expected).toBeDefined();
    expect(screen.getByText(expected!)).toBeInTheDocument();
  });
});
