import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inputAt, renderField } from '../testing/renderField';
import { AutoscalingField } from './AutoscalingField';

describe('AutoscalingField', () => {
  it('emits defaults and the maximum', async () => {
    const { container, current } = await renderField(AutoscalingField, {
      name: 'autoscaling',
    });

    fireEvent.click(inputAt(container, 'autoscaling.enabled'));
    await userEvent.type(inputAt(container, 'autoscaling.maxReplicas'), '5');

    expect(current()).toEqual({
      enabled: true,
      minReplicas: 1,
      cpuUtilization: 80,
      maxReplicas: 5,
    });
    expect(screen.getByText(/replicas value is left out/)).toBeInTheDocument();
  });

  it('passes non-numeric text to the model', async () => {
    const { container, current } = await renderField(AutoscalingField, {
      name: 'autoscaling',
      formData: { enabled: true, maxReplicas: 3 },
    });

    await userEvent.type(inputAt(container, 'autoscaling.minReplicas'), 'two');

    expect((current() as any).minReplicas).toBe('two');
  });
});
