import { NodeSelectorRequirementValues, StatefulSetValues } from '../../model';
import { describeValue } from '../rules/describe';
import { validateLabelValue } from '../rules/names';
import { ValuePath } from '../fieldError';
import { ValueIssue } from './types';

interface Requirement {
  key: string;
  operator: NodeSelectorRequirementValues['operator'];
  values?: string[];
}

/**
 * Operator and values of a node or label selector requirement: In and NotIn
 * need values, Exists and DoesNotExist take none, Gt and Lt take one integer.
 */
function checkRequirement(
  requirement: Requirement,
  path: ValuePath,
): ValueIssue[] {
  const values = requirement.values ?? [];
  const valuesPath = [...path, 'values'];

  switch (requirement.operator) {
    case 'In':
    case 'NotIn':
      return values.length === 0
        ? [
            {
              path: valuesPath,
              message: `is empty, operator ${requirement.operator} needs at least one value, e.g. ["ssd"]`,
            },
          ]
        : [];
    case 'Exists':
    case 'DoesNotExist':
      return values.length > 0
        ? [
            {
              path: valuesPath,
              message: `${describeValue(values)} is set, operator ${
                requirement.operator
              } takes no values: remove them`,
            },
          ]
        : [];
    case 'Gt':
    case 'Lt':
      if (values.length !== 1 || !/^-?[0-9]+$/.test(values[0])) {
        return [
          {
            path: valuesPath,
            message: `${describeValue(values)} is not one integer, operator ${
              requirement.operator
            } takes exactly one integer value, e.g. ["4"]`,
          },
        ];
      }
      return [];
    default:
      return [];
  }
}

function checkNodeAffinity(values: StatefulSetValues): ValueIssue[] {
  const nodeAffinity = values.scheduling?.nodeAffinity;
  const issues: ValueIssue[] = [];
  const base = ['scheduling', 'nodeAffinity'];

  // An empty list of required terms, as a form sends it, means no required
  // terms: the builder leaves requiredDuringScheduling... out altogether.
  (nodeAffinity?.required ?? []).forEach((term, termIndex) => {
    term.matchExpressions.forEach((requirement, index) => {
      issues.push(
        ...checkRequirement(requirement, [
          ...base,
          'required',
          termIndex,
          'matchExpressions',
          index,
        ]),
      );
    });
  });
  (nodeAffinity?.preferred ?? []).forEach((term, termIndex) => {
    term.matchExpressions.forEach((requirement, index) => {
      issues.push(
        ...checkRequirement(requirement, [
          ...base,
          'preferred',
          termIndex,
          'matchExpressions',
          index,
        ]),
      );
    });
  });
  return issues;
}

function checkPodAffinity(values: StatefulSetValues): ValueIssue[] {
  const issues: ValueIssue[] = [];

  for (const field of ['podAffinity', 'podAntiAffinity'] as const) {
    const affinity = values.scheduling?.[field];
    const base = ['scheduling', field];
    const terms = [
      ...(affinity?.required ?? []).map((term, index) => ({
        term,
        path: [...base, 'required', index],
      })),
      ...(affinity?.preferred ?? []).map((weighted, index) => ({
        term: weighted.term,
        path: [...base, 'preferred', index, 'term'],
      })),
    ];

    for (const { term, path } of terms) {
      (term.labelSelector.matchExpressions ?? []).forEach(
        (requirement, index) => {
          issues.push(
            ...checkRequirement(requirement, [
              ...path,
              'labelSelector',
              'matchExpressions',
              index,
            ]),
          );
        },
      );
    }
  }
  return issues;
}

/**
 * Tolerations: an empty key needs operator Exists, Exists takes no value,
 * Equal's value is a label value, tolerationSeconds needs effect NoExecute.
 */
function checkTolerations(values: StatefulSetValues): ValueIssue[] {
  const issues: ValueIssue[] = [];

  (values.scheduling?.tolerations ?? []).forEach((toleration, index) => {
    const path = ['scheduling', 'tolerations', index];
    const operator = toleration.operator ?? 'Equal';

    if (!toleration.key && operator !== 'Exists') {
      issues.push({
        path: [...path, 'operator'],
        message: `${describeValue(
          operator,
        )} needs a key, a toleration without key matches every taint only with operator Exists: set a key or operator: Exists`,
      });
    }
    if (operator === 'Exists' && toleration.value) {
      issues.push({
        path: [...path, 'value'],
        message: `${describeValue(
          toleration.value,
        )} is set with operator Exists, which matches any value: remove the value or use operator Equal`,
      });
    }
    if (operator === 'Equal' && toleration.value !== undefined) {
      const message = validateLabelValue(toleration.value);
      if (message) {
        issues.push({ path: [...path, 'value'], message });
      }
    }
    if (
      toleration.tolerationSeconds !== undefined &&
      toleration.effect !== 'NoExecute'
    ) {
      const effect = toleration.effect
        ? `with effect ${toleration.effect}`
        : 'without an effect';
      issues.push({
        path: [...path, 'tolerationSeconds'],
        message: `${toleration.tolerationSeconds} is set ${effect}, tolerationSeconds applies only to effect NoExecute: set effect: NoExecute or remove tolerationSeconds`,
      });
    }
  });
  return issues;
}

/** Scheduling rules that combine operators, values and effects. */
export function checkScheduling(values: StatefulSetValues): ValueIssue[] {
  return [
    ...checkNodeAffinity(values),
    ...checkPodAffinity(values),
    ...checkTolerations(values),
  ];
}
