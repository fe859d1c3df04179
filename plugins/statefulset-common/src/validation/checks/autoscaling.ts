import { StatefulSetValues } from '../../model';
import { ValueIssue } from './types';

/**
 * Autoscaling: minReplicas at most maxReplicas, at least one metric, and a
 * utilization target only where every container requests that resource,
 * because the HorizontalPodAutoscaler computes utilization from requests.
 */
export function checkAutoscaling(values: StatefulSetValues): ValueIssue[] {
  const autoscaling = values.autoscaling;
  if (!autoscaling?.enabled) {
    return [];
  }

  const issues: ValueIssue[] = [];
  // A maxReplicas below 1 has its own error, and no minReplicas fits below it.
  if (
    autoscaling.maxReplicas >= 1 &&
    autoscaling.minReplicas > autoscaling.maxReplicas
  ) {
    issues.push({
      path: ['autoscaling', 'minReplicas'],
      message: `${autoscaling.minReplicas} is more than maxReplicas ${autoscaling.maxReplicas}, minReplicas is at most maxReplicas, e.g. ${autoscaling.maxReplicas}`,
    });
  }

  if (
    autoscaling.cpuUtilization === undefined &&
    autoscaling.memoryUtilization === undefined
  ) {
    issues.push({
      path: ['autoscaling'],
      message:
        'has no metric, an autoscaler needs cpuUtilization or memoryUtilization, e.g. cpuUtilization: 80',
    });
  }

  const metrics = [
    {
      field: 'cpuUtilization',
      resource: 'cpu',
      target: autoscaling.cpuUtilization,
    },
    {
      field: 'memoryUtilization',
      resource: 'memory',
      target: autoscaling.memoryUtilization,
    },
  ] as const;
  for (const metric of metrics) {
    if (metric.target === undefined) {
      continue;
    }
    const missing = values.containers
      .filter(
        container =>
          container.resources?.requests?.[metric.resource] === undefined,
      )
      .map(container => `"${container.name}"`);
    if (missing.length > 0) {
      issues.push({
        path: ['autoscaling', metric.field],
        message: `${metric.target} needs a ${
          metric.resource
        } request on every container, but ${missing.join(
          ', ',
        )} has none: set resources.requests.${metric.resource} on ${
          missing.length === 1 ? 'it' : 'them'
        }, e.g. "${metric.resource === 'cpu' ? '250m' : '256Mi'}"`,
      });
    }
  }
  return issues;
}
