/*
 * The Scheduling and update page: update strategy, pod management policy,
 * minimum ready seconds, and with the switch on, node affinity, pod
 * affinity and anti-affinity, and tolerations.
 */
import type { Page } from 'playwright-core';
import {
  clickButton,
  clickButtonAfter,
  pickAt,
  pickStandard,
  typeAt,
  typeListAt,
} from './form.ts';
import type { ExampleValues } from './values.ts';

const POLICY_LABELS: Record<string, string> = {
  OrderedReady: 'Ordered (one pod after another)',
  Parallel: 'Parallel',
};

/**
 * Fills match expressions at `path`. An editor starts with one expression
 * when `first` is true (node terms), else with none (label selectors), and
 * each further one is added after the previous one's key box.
 */
async function fillExpressions(
  page: Page,
  path: string,
  expressions: any[] = [],
  start: { first: boolean; after: string },
) {
  for (const [index, expression] of expressions.entries()) {
    if (index > 0 || !start.first) {
      await clickButtonAfter(
        page,
        index > 0 ? `${path}[${index - 1}].key` : start.after,
        'Add expression',
      );
    }
    await typeAt(page, `${path}[${index}].key`, expression.key);
    if (expression.operator !== 'In')
      await pickAt(page, `${path}[${index}].operator`, expression.operator);
    await typeListAt(page, `${path}[${index}].values`, expression.values);
  }
}

async function fillNodeAffinity(
  page: Page,
  nodeAffinity: any = {},
): Promise<void> {
  for (const [index, term] of (nodeAffinity.required ?? []).entries()) {
    await clickButton(page, 'Add required term', 0);
    const path = `scheduling.nodeAffinity.required[${index}].matchExpressions`;
    await fillExpressions(page, path, term.matchExpressions, {
      first: true,
      after: '',
    });
  }
  for (const [index, term] of (nodeAffinity.preferred ?? []).entries()) {
    await clickButton(page, 'Add preferred term', 0);
    const path = `scheduling.nodeAffinity.preferred[${index}]`;
    await typeAt(page, `${path}.weight`, String(term.weight));
    await fillExpressions(
      page,
      `${path}.matchExpressions`,
      term.matchExpressions,
      { first: true, after: '' },
    );
  }
}

/** Fills one pod affinity term; a new term starts with the topology key kubernetes.io/hostname and no selector. */
async function fillPodTerm(page: Page, path: string, term: any): Promise<void> {
  await typeAt(page, `${path}.topologyKey`, term.topologyKey);
  await typeListAt(page, `${path}.namespaces`, term.namespaces);
  const selector = term.labelSelector ?? {};
  for (const [index, [key, value]] of Object.entries(
    selector.matchLabels ?? {},
  ).entries()) {
    await clickButtonAfter(page, `${path}.namespaces`, 'Add label');
    await typeAt(page, `${path}.labelSelector.matchLabels[${index}].key`, key);
    await typeAt(
      page,
      `${path}.labelSelector.matchLabels[${index}].value`,
      String(value),
    );
  }
  await fillExpressions(
    page,
    `${path}.labelSelector.matchExpressions`,
    selector.matchExpressions,
    {
      first: false,
      after: `${path}.namespaces`,
    },
  );
}

/** `index` is 1 for pod affinity and 2 for anti-affinity: the order of their add buttons on the page. */
async function fillPodAffinity(
  page: Page,
  key: string,
  index: number,
  affinity: any = {},
): Promise<void> {
  for (const [t, term] of (affinity.required ?? []).entries()) {
    await clickButton(page, 'Add required term', index);
    await fillPodTerm(page, `scheduling.${key}.required[${t}]`, term);
  }
  for (const [t, weighted] of (affinity.preferred ?? []).entries()) {
    await clickButton(page, 'Add preferred term', index);
    await typeAt(
      page,
      `scheduling.${key}.preferred[${t}].weight`,
      String(weighted.weight),
    );
    await fillPodTerm(
      page,
      `scheduling.${key}.preferred[${t}].term`,
      weighted.term,
    );
  }
}

async function fillTolerations(
  page: Page,
  tolerations: any[] = [],
): Promise<void> {
  for (const [index, toleration] of tolerations.entries()) {
    await clickButton(page, 'Add toleration');
    const path = `scheduling.tolerations[${index}]`;
    if (toleration.key) await typeAt(page, `${path}.key`, toleration.key);
    await pickAt(
      page,
      `${path}.operator`,
      toleration.operator ?? 'Equal (default)',
    );
    if (toleration.value) await typeAt(page, `${path}.value`, toleration.value);
    if (toleration.effect)
      await pickAt(page, `${path}.effect`, toleration.effect);
    if (toleration.tolerationSeconds !== undefined)
      await typeAt(
        page,
        `${path}.tolerationSeconds`,
        String(toleration.tolerationSeconds),
      );
  }
}

export async function fillScheduling(
  page: Page,
  values: ExampleValues,
): Promise<void> {
  const strategy = values.updateStrategy;
  if (strategy) {
    await pickAt(page, 'updateStrategy.type', strategy.type);
    if (strategy.partition !== undefined)
      await typeAt(
        page,
        'updateStrategy.partition',
        String(strategy.partition),
      );
    if (strategy.maxUnavailable !== undefined)
      await typeAt(
        page,
        'updateStrategy.maxUnavailable',
        String(strategy.maxUnavailable),
      );
  }
  if (values.podManagementPolicy)
    await pickStandard(
      page,
      'root_podManagementPolicy',
      POLICY_LABELS[values.podManagementPolicy],
    );
  if (values.minReadySeconds !== undefined)
    await typeAt(page, 'minReadySeconds', String(values.minReadySeconds));

  const scheduling = values.scheduling;
  if (!scheduling) return;
  await page.locator('#root_customScheduling').check();
  await fillNodeAffinity(page, scheduling.nodeAffinity);
  await fillPodAffinity(page, 'podAffinity', 1, scheduling.podAffinity);
  await fillPodAffinity(page, 'podAntiAffinity', 2, scheduling.podAntiAffinity);
  await fillTolerations(page, scheduling.tolerations);
}
