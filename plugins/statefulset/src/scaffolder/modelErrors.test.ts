import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import { validateStatefulSetValues } from '@internal/backstage-plugin-statefulset-common';
import { collectModelErrors, createModelValidation } from './modelErrors';

const valid = {
  name: 'web',
  owner: 'group:default/guests',
  containers: [{ name: 'web', image: { repository: 'nginx', tag: '1.27.3' } }],
};

function expectedErrors(values: object, key: string): string[] {
  const result = validateStatefulSetValues(values);
  if (result.success) return [];
  return result.errors
    .filter(
      e =>
        e.path === key ||
        e.path.startsWith(`${key}.`) ||
        e.path.startsWith(`${key}[`),
    )
    .map(e => `${e.path}: ${e.message}`);
}

describe('collectModelErrors', () => {
  it('returns nothing for valid values', () => {
    expect(collectModelErrors(valid, 'containers', valid.containers).size).toBe(
      0,
    );
  });

  it('keeps only errors under the key', () => {
    const containers = [{ name: 'Web_1', image: { repository: 'nginx' } }];
    const errors = collectModelErrors(
      { owner: 'group:default/guests' },
      'containers',
      containers,
    );

    expect(errors.has('containers[0].name')).toBe(true);
    expect(
      [...errors.keys()].every(path => path.startsWith('containers')),
    ).toBe(true);
  });

  it('ignores fields of later steps', () => {
    const errors = collectModelErrors({ name: 'web' }, 'labels', {
      app: 'web',
    });

    expect(errors.size).toBe(0);
  });
});

describe('createModelValidation', () => {
  it('adds the action message for each error', async () => {
    const service = {
      enabled: true,
      type: 'ClusterIP',
      ports: [{ port: 70000 }],
    };
    const formData = { ...valid, service };
    const validation = createFieldValidation();

    await createModelValidation('service')(service as any, validation, {
      formData,
      schema: {},
      apiHolder: { get: () => undefined },
    });

    const expected = expectedErrors(formData, 'service');
    expect(expected.length).toBeGreaterThan(0);
    expect(validation.__errors).toEqual(expected);
  });

  it('finds the key of a shared field by value', async () => {
    const podLabels = { version: '1.2.0+build.7' };
    const formData = { ...valid, podLabels };
    const validation = createFieldValidation();

    await createModelValidation('labels')(podLabels, validation, {
      formData,
      schema: {},
      apiHolder: { get: () => undefined },
    });

    expect(validation.__errors).toEqual(expectedErrors(formData, 'podLabels'));
    expect(validation.__errors?.[0]).toMatch(/^podLabels/);
  });

  it('blocks a step on a bad image', async () => {
    const containers = [{ name: 'web', image: { repository: 'Nginx' } }];
    const formData = { ...valid, containers };
    const validation = createFieldValidation();

    await createModelValidation('containers')(containers, validation, {
      formData,
      schema: {},
      apiHolder: { get: () => undefined },
    });

    expect(validation.__errors?.length).toBeGreaterThan(0);
    expect(validation.__errors?.[0]).toMatch(
      /^containers\[0\]\.image\.repository: .*"Nginx"/,
    );
  });

  it('passes a valid value', async () => {
    const validation = createFieldValidation();

    await createModelValidation('containers')(valid.containers, validation, {
      formData: valid,
      schema: {},
      apiHolder: { get: () => undefined },
    });

    expect(validation.__errors ?? []).toEqual([]);
  });
});
