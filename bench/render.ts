import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildRepositoryFiles,
  renderManifestsYaml,
  validateStatefulSetValues,
  formatFieldErrors,
} from '@internal/backstage-plugin-statefulset-common';
import type { StatefulSetValues } from '@internal/backstage-plugin-statefulset-common';
import { parse } from 'yaml';
import { BackendClient } from './backend.ts';
import { median, timeMs } from './stats.ts';

function readValues(
  repositoryRoot: string,
  example: string,
): {
  input: Record<string, unknown>;
  values: StatefulSetValues;
} {
  const input = parse(
    readFileSync(
      join(repositoryRoot, 'templates/statefulset/examples', example),
      'utf8',
    ),
  );
  const result = validateStatefulSetValues(input);
  if (!result.success) {
    throw new Error(
      `${example} is invalid:\n${formatFieldErrors(result.errors)}`,
    );
  }
  return { input, values: result.values };
}

/**
 * Counts how often renderManifestsYaml turns the example's parsed values
 * into a YAML stream within `durationMs`, after a warm-up, and returns
 * renders per second.
 */
export function measureRenderRate(
  repositoryRoot: string,
  example: string,
  durationMs = 3_000,
): number {
  const { values } = readValues(repositoryRoot, example);

  for (let i = 0; i < 200; i++) {
    renderManifestsYaml(values);
  }

  let renders = 0;
  const start = performance.now();
  while (performance.now() - start < durationMs) {
    renderManifestsYaml(values);
    renders++;
  }
  return renders / ((performance.now() - start) / 1000);
}

/** Median dry-run times of the template and of a plain skeleton copy, in ms. */
export interface DryRunComparison {
  templateMs: number;
  skeletonMs: number;
  runs: number;
}

/**
 * Times the scaffolder dry run of the template with the NGINX values, and of
 * the same template whose render step is a plain `fetch:template` of a
 * skeleton holding the files the render step writes. Runs alternate, so
 * both see the same load.
 */
export async function compareDryRuns(
  repositoryRoot: string,
  backend: BackendClient,
  runs = 10,
): Promise<DryRunComparison> {
  const template = parse(
    readFileSync(
      join(repositoryRoot, 'templates/statefulset/template.yaml'),
      'utf8',
    ),
  );
  const { input, values } = readValues(repositoryRoot, 'nginx.yaml');

  const skeletonTemplate = structuredClone(template);
  const steps = skeletonTemplate.spec.steps as Array<Record<string, unknown>>;
  const renderIndex = steps.findIndex(
    step => step.action === 'statefulset:render',
  );
  if (renderIndex < 0) {
    throw new Error(
      'template.yaml has no statefulset:render step to compare with',
    );
  }
  steps[renderIndex] = {
    id: 'render',
    name: 'Copy the skeleton',
    action: 'fetch:template',
    input: { url: './skeleton' },
  };
  const skeletonFiles = buildRepositoryFiles(values).map(file => ({
    path: `skeleton/${file.path}`,
    base64Content: Buffer.from(file.content).toString('base64'),
  }));

  const dryRun = async (body: object) => {
    const response = await backend.call<{
      log: Array<{ body: { message?: string; status?: string } }>;
    }>('POST', '/api/scaffolder/v2/dry-run', body);
    const failed = response.body.log.find(
      entry => entry.body.status === 'failed',
    );
    if (failed) {
      throw new Error(`dry run failed: ${failed.body.message}`);
    }
  };
  const templateRun = () =>
    dryRun({ template, values: input, secrets: {}, directoryContents: [] });
  const skeletonRun = () =>
    dryRun({
      template: skeletonTemplate,
      values: input,
      secrets: {},
      directoryContents: skeletonFiles,
    });

  await templateRun();
  await skeletonRun();

  const templateTimes: number[] = [];
  const skeletonTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    templateTimes.push(await timeMs(templateRun));
    skeletonTimes.push(await timeMs(skeletonRun));
  }
  return {
    templateMs: median(templateTimes),
    skeletonMs: median(skeletonTimes),
    runs,
  };
}
