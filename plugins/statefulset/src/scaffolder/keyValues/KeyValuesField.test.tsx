import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  validateAnnotationKey,
  validateLabelValue,
} from '@internal/backstage-plugin-statefulset-common';
import { inputAt, renderField } from '../testing/renderField';
import { KeyValuesField } from './KeyValuesField';

describe('KeyValuesField', () => {
  it('emits typed labels as a map', async () => {
    const { container, current } = await renderField(KeyValuesField, {
      name: 'labels',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Add label' }));
    await userEvent.type(inputAt(container, 'labels[0].key'), 'app');
    await userEvent.type(inputAt(container, 'labels[0].value'), 'nginx');

    expect(current()).toEqual({ app: 'nginx' });
  });

  it('rejects a label value with plus', async () => {
    await renderField(KeyValuesField, {
      name: 'podLabels',
      formData: { version: '1.2.0+build.7' },
    });

    const expected = validateLabelValue('1.2.0+build.7');
    expect(expected).toBeDefined();
    expect(screen.getByText(expected!)).toBeInTheDocument();
  });

  it('rejects a selector label key', async () => {
    await renderField(KeyValuesField, {
      name: 'labels',
      formData: { 'app.kubernetes.io/name': 'web' },
      otherValues: {
        name: 'nginx',
        owner: 'group:default/guests',
        containers: [{ name: 'nginx', image: { repository: 'nginx' } }],
      },
    });

    expect(
      screen.getByText(/is a selector label that the template sets from name/),
    ).toBeInTheDocument();
  });

  it('accepts free text annotation values', async () => {
    await renderField(KeyValuesField, {
      name: 'annotations',
      formData: { 'example.com/note': 'any text: with # and spaces' },
    });

    expect(
      screen.getByRole('button', { name: 'Add annotation' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/label value/i)).not.toBeInTheDocument();
  });

  it('rejects an invalid annotation key', async () => {
    await renderField(KeyValuesField, {
      name: 'annotations',
      formData: { 'bad key!': 'x' },
    });

    const expected = validateAnnotationKey('bad key!');
    expect(expected).toBeDefined();
    expect(screen.getByText(expected!)).toBeInTheDocument();
  });

  it('flags a repeated key', async () => {
    const { container, current } = await renderField(KeyValuesField, {
      name: 'labels',
      formData: { app: 'nginx' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Add label' }));
    await userEvent.type(inputAt(container, 'labels[1].key'), 'app');

    expect(screen.getByText(/key "app" is set twice/)).toBeInTheDocument();
    expect(current()).toEqual({ app: '' });
  });

  it('drops the map when the last row is removed', async () => {
    const { current } = await renderField(KeyValuesField, {
      name: 'labels',
      formData: { app: 'nginx' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Remove row 1' }));

    expect(current()).toBeUndefined();
  });
});
