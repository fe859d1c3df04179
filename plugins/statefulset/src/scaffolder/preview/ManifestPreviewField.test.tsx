import { fireEvent, screen, within } from '@testing-library/react';
import {
  buildRepositoryFiles,
  collectWarnings,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import { renderField } from '../testing/renderField';
import { ManifestPreviewField } from './ManifestPreviewField';

const nginx = {
  name: 'nginx',
  namespace: 'default',
  replicas: 3,
  owner: 'group:default/guests',
  containers: [
    {
      name: 'nginx',
      image: { repository: 'nginx', tag: '1.27.3' },
      ports: [{ name: 'http', containerPort: 80 }],
    },
  ],
};

function parsed(values: object) {
  const result = validateStatefulSetValues(values);
  if (!result.success) throw new Error(JSON.stringify(result.errors));
  return result.values;
}

describe('ManifestPreviewField', () => {
  it('lists the files of the generated repository', async () => {
    await renderField(ManifestPreviewField, {
      name: 'preview',
      otherValues: nginx,
    });

    const list = screen.getByRole('list', { name: 'Generated files' });
    for (const file of buildRepositoryFiles(parsed(nginx))) {
      expect(within(list).getByText(file.path)).toBeInTheDocument();
    }
  });

  it('opens the StatefulSet manifest first', async () => {
    await renderField(ManifestPreviewField, {
      name: 'preview',
      otherValues: nginx,
    });

    const preview = screen.getByTestId('manifest-preview');
    expect(preview).toHaveTextContent('kind: StatefulSet');
    expect(preview).toHaveTextContent('serviceName: nginx');
  });

  it('shows another file when picked', async () => {
    await renderField(ManifestPreviewField, {
      name: 'preview',
      otherValues: nginx,
    });

    fireEvent.click(screen.getByText('catalog-info.yaml'));

    expect(screen.getByTestId('manifest-preview')).toHaveAttribute(
      'data-file',
      'catalog-info.yaml',
    );
    expect(screen.getByTestId('manifest-preview')).toHaveTextContent(
      'kind: Component',
    );
  });

  it('shows each warning with its path', async () => {
    await renderField(ManifestPreviewField, {
      name: 'preview',
      otherValues: nginx,
    });

    const warnings = collectWarnings(parsed(nginx));
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(screen.getByText(warning.message)).toBeInTheDocument();
    }
  });

  it('lists errors instead of invalid manifests', async () => {
    const invalid = { ...nginx, replicas: -1 };
    await renderField(ManifestPreviewField, {
      name: 'preview',
      otherValues: invalid,
    });

    const result = validateStatefulSetValues(invalid);
    expect(result.success).toBe(false);
    if (!result.success) {
      const error = result.errors[0];
      expect(
        screen.getByText(`${error.path}: ${error.message}`),
      ).toBeInTheDocument();
    }
    expect(screen.queryByTestId('manifest-preview')).not.toBeInTheDocument();
  });
});
