import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inputAt, renderField } from '../testing/renderField';
import { ContainersField } from '../containers/ContainersField';

const otherValues = { name: 'nginx', owner: 'group:default/guests' };

describe('PortsEditor', () => {
  it('adds a port without protocol', async () => {
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{}],
      otherValues,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Add port' }));
    await userEvent.type(
      inputAt(container, 'containers[0].ports[0].name'),
      'http',
    );
    await userEvent.type(
      inputAt(container, 'containers[0].ports[0].containerPort'),
      '80',
    );

    expect((current() as any)[0].ports).toEqual([
      { name: 'http', containerPort: 80 },
    ]);
  });
});
