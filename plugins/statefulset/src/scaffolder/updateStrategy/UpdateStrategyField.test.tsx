import { validateStatefulSetValues } from '@internal/backstage-plugin-statefulset-common';
import { inputAt, renderField } from '../testing/renderField';
import { pickOption } from '../testing/select';
import { UpdateStrategyField } from './UpdateStrategyField';

const otherValues = {
  name: 'web',
  owner: 'group:default/guests',
  containers: [{ name: 'web', image: { repository: 'nginx' } }],
};

describe('UpdateStrategyField', () => {
  it('emits nothing until a type is picked', async () => {
    const { container, current } = await renderField(UpdateStrategyField, {
      name: 'updateStrategy',
      otherValues,
    });

    expect(current()).toBeUndefined();
    expect(
      container.querySelector('[data-path="updateStrategy.partition"]'),
    ).toBeNull();
  });

  it('drops the partition for OnDelete', async () => {
    const { container, current } = await renderField(UpdateStrategyField, {
      name: 'updateStrategy',
      formData: { type: 'RollingUpdate', partition: 1, maxUnavailable: '25%' },
      otherValues,
    });

    pickOption(container, 'updateStrategy.type', 'OnDelete');

    expect(current()).toEqual({ type: 'OnDelete' });
  });

  it('shows the partition message for OnDelete', async () => {
    const updateStrategy = { type: 'OnDelete', partition: 1 };
    const { container } = await renderField(UpdateStrategyField, {
      name: 'updateStrategy',
      formData: updateStrategy,
      otherValues,
      rawErrors: ['updateStrategy.partition: invalid'],
    });

    const result = validateStatefulSetValues({
      ...otherValues,
      updateStrategy,
    });
    const expected = result.success
      ? undefined
      : result.errors.find(e => e.path === 'updateStrategy.partition')?.message;
    expect(expected).toBeDefined();
    expect(inputAt(container, 'updateStrategy.partition')).toBeInTheDocument();
    expect(
      container.querySelector('[id="updateStrategy.partition-helper-text"]')
        ?.textContent,
    ).toBe(expected);
  });
});
