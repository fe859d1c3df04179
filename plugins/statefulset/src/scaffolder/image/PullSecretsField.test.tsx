import userEvent from '@testing-library/user-event';
import { inputAt, renderField } from '../testing/renderField';
import { PullSecretsField } from './PullSecretsField';

describe('PullSecretsField', () => {
  it('emits one Secret per line', async () => {
    const { container, current } = await renderField(PullSecretsField, {
      name: 'imagePullSecrets',
    });

    await userEvent.type(
      inputAt(container, 'imagePullSecrets'),
      'registry-a{enter}registry-b',
    );

    expect(current()).toEqual(['registry-a', 'registry-b']);
  });
});
