import { StatefulSetValues } from '../model';
import { HorizontalPodAutoscaler, MetricSpec } from './kubernetesTypes';
import { objectLabels } from './labels';

function utilizationMetric(
  resource: 'cpu' | 'memory',
  percent: number,
): MetricSpec {
  return {
    type: 'Resource',
    resource: {
      name: resource,
      target: { type: 'Utilization', averageUtilization: percent },
    },
  };
}

/**
 * Builds the HorizontalPodAutoscaler, or undefined when autoscaling is off.
 * Its target is the StatefulSet through `apps/v1`, never a Deployment. Without
 * a metric the API server applies its default of 80% CPU utilization.
 */
export function buildHorizontalPodAutoscaler(
  values: StatefulSetValues,
): HorizontalPodAutoscaler | undefined {
  const autoscaling = values.autoscaling;
  if (!autoscaling?.enabled) {
    return undefined;
  }

  const metrics: MetricSpec[] = [];
  if (autoscaling.cpuUtilization !== undefined) {
    metrics.push(utilizationMetric('cpu', autoscaling.cpuUtilization));
  }
  if (autoscaling.memoryUtilization !== undefined) {
    metrics.push(utilizationMetric('memory', autoscaling.memoryUtilization));
  }

  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: {
      name: values.name,
      namespace: values.namespace,
      labels: objectLabels(values),
    },
    spec: {
      scaleTargetRef: {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        name: values.name,
      },
      minReplicas: autoscaling.minReplicas,
      maxReplicas: autoscaling.maxReplicas,
      ...(metrics.length > 0 ? { metrics } : {}),
    },
  };
}
