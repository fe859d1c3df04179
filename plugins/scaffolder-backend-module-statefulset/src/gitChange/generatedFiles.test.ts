import {
  buildRepositoryFiles,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { GENERATED_PATHS, removedGeneratedPaths } from './generatedFiles';

const examplesDirectory = path.resolve(
  __dirname,
  '../../../../templates/statefulset/examples',
);

describe('GENERATED_PATHS', () => {
  it('lists every file of the full example', () => {
    const values = parse(
      fs.readFileSync(path.join(examplesDirectory, 'full.yaml'), 'utf8'),
    );
    const result = validateStatefulSetValues(values);
    if (!result.success) {
      throw new Error(JSON.stringify(result.errors));
    }

    const paths = buildRepositoryFiles(result.values).map(file => file.path);

    expect([...paths].sort()).toEqual([...GENERATED_PATHS].sort());
  });
});

describe('removedGeneratedPaths', () => {
  it('lists generated paths the render left out', () => {
    const rendered = GENERATED_PATHS.filter(
      generated =>
        generated !== 'manifests/ingress.yaml' &&
        generated !== 'manifests/hpa.yaml',
    );

    expect(removedGeneratedPaths([...rendered, 'docs/notes.md'])).toEqual([
      'manifests/ingress.yaml',
      'manifests/hpa.yaml',
    ]);
  });
});
