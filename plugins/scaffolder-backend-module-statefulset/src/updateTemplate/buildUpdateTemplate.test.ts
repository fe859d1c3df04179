import { immutableStatefulSetFields } from '@internal/backstage-plugin-statefulset-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  buildUpdateTemplate,
  CREATE_TEMPLATE_PATH,
  IMMUTABLE_PREFIX,
  UPDATE_TEMPLATE_PATH,
} from './buildUpdateTemplate';

const repositoryRoot = path.resolve(__dirname, '../../../..');
const createTemplate = fs.readFileSync(
  path.join(repositoryRoot, CREATE_TEMPLATE_PATH),
  'utf8',
);

function allProperties(template: any): Record<string, any> {
  return Object.assign(
    {},
    ...template.spec.parameters.map((page: any) => page.properties ?? {}),
  );
}

describe('buildUpdateTemplate', () => {
  const generated = buildUpdateTemplate(createTemplate);
  const template = parse(generated);

  it('matches the committed update template', () => {
    const committed = fs.readFileSync(
      path.join(repositoryRoot, UPDATE_TEMPLATE_PATH),
      'utf8',
    );

    // When this fails, run `yarn templates:generate` and commit the result.
    expect(committed).toBe(generated);
  });

  it('names the update template', () => {
    expect(template.metadata.name).toBe('update-stateful-application');
    expect(template.metadata.title).toBe('Update stateful application');
  });

  it('asks for the entity first', () => {
    const [basics] = template.spec.parameters;

    expect(Object.keys(basics.properties)[0]).toBe('entity');
    expect(basics.required[0]).toBe('entity');
    expect(basics.properties.entity['ui:field']).toBe('EntityPicker');
    expect(basics.properties.entity['ui:options']).toEqual({
      catalogFilter: {
        kind: 'Component',
        'metadata.annotations.backstage.io/kubernetes-id': { exists: true },
      },
    });
  });

  it('keeps every create parameter except the repository choice', () => {
    const created = Object.keys(allProperties(parse(createTemplate)));
    const updated = Object.keys(allProperties(template));

    expect(updated).toEqual([
      'entity',
      ...created.filter(key => key !== 'publishTo'),
    ]);
  });

  it.each(immutableStatefulSetFields.map(field => [field.path, field.reason]))(
    'marks %s as immutable',
    (key, reason) => {
      const description: string = allProperties(template)[key].description;

      expect(description.startsWith(`${IMMUTABLE_PREFIX} ${reason}.`)).toBe(
        true,
      );
    },
  );

  it('leaves mutable fields unmarked', () => {
    const properties = allProperties(template);

    expect(properties.replicas.description).not.toContain(IMMUTABLE_PREFIX);
    expect(properties.containers.description).not.toContain(IMMUTABLE_PREFIX);
  });

  it('renders then proposes the change', () => {
    const steps = template.spec.steps.map((step: any) => [
      step.id,
      step.action,
    ]);

    expect(steps).toEqual([
      ['render', 'statefulset:render'],
      ['propose', 'statefulset:propose-change'],
      ['pull-request', 'publish:github:pull-request'],
      ['merge-request', 'publish:gitlab:merge-request'],
    ]);
    expect(template.spec.steps[1].input.entityRef).toBe(
      '${{ parameters.entity }}',
    );
  });

  it('publishes nothing new', () => {
    const actions = template.spec.steps.map((step: any) => step.action);

    expect(actions).not.toContain('publish:local-git');
    expect(actions).not.toContain('catalog:register');
  });
});
