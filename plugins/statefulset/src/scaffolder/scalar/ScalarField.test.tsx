import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validateStatefulSetName } from '@internal/backstage-plugin-statefulset-common';
import { inputAt, renderField } from '../testing/renderField';
import { ScalarField } from './ScalarField';

const otherValues = {
  owner: 'group:default/guests',
  containers: [{ name: 'web', image: { repository: 'nginx' } }],
};

describe('ScalarField', () => {
  it('shows the name rule message once', async () => {
    const { container } = await renderField(ScalarField, {
      name: 'name',
      uiOptions: { key: 'name' },
      otherValues,
    });

    const box = inputAt(container, 'name');
    await userEvent.type(box, 'Web_1');
    fireEvent.blur(box);

    const expected = validateStatefulSetName('Web_1')!;
    expect(expected).toBeDefined();
    expect(await screen.findAllByText(expected)).toHaveLength(1);
  });

  it('emits an integer for replicas', async () => {
    const { container, current } = await renderField(ScalarField, {
      name: 'replicas',
      uiOptions: { key: 'replicas' },
      schema: { type: 'integer', title: 'Replicas' },
      otherValues,
    });

    await userEvent.type(inputAt(container, 'replicas'), '3');

    expect(current()).toBe(3);
  });

  it('shows the model message for negative replicas', async () => {
    await renderField(ScalarField, {
      name: 'replicas',
      formData: -1,
      uiOptions: { key: 'replicas' },
      schema: { type: 'integer', title: 'Replicas' },
      otherValues: { ...otherValues, name: 'web' },
      rawErrors: ['replicas: invalid'],
    });

    expect(
      document.querySelector('#replicas-helper-text.Mui-error')?.textContent,
    ).toMatch(/-1/);
  });
});
