import {
  NodeSelectorRequirementValues,
  PodAffinityTermValues,
  PodAffinityValues,
  SchedulingValues,
} from '../model';
import {
  Affinity,
  NodeSelectorTerm,
  PodAffinity,
  PodAffinityTerm,
  Toleration,
} from './kubernetesTypes';
import { sortedMap } from './labels';
import { dropUndefined } from './objects';

function buildNodeSelectorTerm(
  matchExpressions: ReadonlyArray<NodeSelectorRequirementValues>,
): NodeSelectorTerm {
  return {
    matchExpressions: matchExpressions.map(requirement =>
      dropUndefined({
        key: requirement.key,
        operator: requirement.operator,
        values: requirement.values ? [...requirement.values] : undefined,
      }),
    ),
  };
}

function buildPodAffinityTerm(term: PodAffinityTermValues): PodAffinityTerm {
  const selector = term.labelSelector;
  return dropUndefined({
    labelSelector: dropUndefined({
      matchLabels: sortedMap(selector.matchLabels),
      matchExpressions: selector.matchExpressions?.map(requirement =>
        dropUndefined({
          key: requirement.key,
          operator: requirement.operator,
          values: requirement.values ? [...requirement.values] : undefined,
        }),
      ),
    }),
    namespaces: term.namespaces ? [...term.namespaces] : undefined,
    topologyKey: term.topologyKey,
  });
}

function buildPodAffinity(
  affinity: PodAffinityValues | undefined,
): PodAffinity | undefined {
  if (!affinity) {
    return undefined;
  }
  const built = dropUndefined({
    requiredDuringSchedulingIgnoredDuringExecution:
      affinity.required?.map(buildPodAffinityTerm),
    preferredDuringSchedulingIgnoredDuringExecution: affinity.preferred?.map(
      preferred => ({
        weight: preferred.weight,
        podAffinityTerm: buildPodAffinityTerm(preferred.term),
      }),
    ),
  });
  return Object.keys(built).length > 0 ? built : undefined;
}

/** Builds the pod's affinity, or undefined when no rule is set. */
export function buildAffinity(
  scheduling: SchedulingValues | undefined,
): Affinity | undefined {
  const nodeAffinity = scheduling?.nodeAffinity;
  const builtNodeAffinity = nodeAffinity
    ? dropUndefined({
        requiredDuringSchedulingIgnoredDuringExecution:
          nodeAffinity.required && nodeAffinity.required.length > 0
            ? {
                nodeSelectorTerms: nodeAffinity.required.map(term =>
                  buildNodeSelectorTerm(term.matchExpressions),
                ),
              }
            : undefined,
        preferredDuringSchedulingIgnoredDuringExecution:
          nodeAffinity.preferred?.map(preferred => ({
            weight: preferred.weight,
            preference: buildNodeSelectorTerm(preferred.matchExpressions),
          })),
      })
    : undefined;

  const affinity = dropUndefined({
    nodeAffinity:
      builtNodeAffinity && Object.keys(builtNodeAffinity).length > 0
        ? builtNodeAffinity
        : undefined,
    podAffinity: buildPodAffinity(scheduling?.podAffinity),
    podAntiAffinity: buildPodAffinity(scheduling?.podAntiAffinity),
  });
  return Object.keys(affinity).length > 0 ? affinity : undefined;
}

export function buildTolerations(
  scheduling: SchedulingValues | undefined,
): Toleration[] | undefined {
  const tolerations = scheduling?.tolerations;
  if (!tolerations || tolerations.length === 0) {
    return undefined;
  }
  return tolerations.map(toleration =>
    dropUndefined({
      key: toleration.key,
      operator: toleration.operator,
      value: toleration.value,
      effect: toleration.effect,
      tolerationSeconds: toleration.tolerationSeconds,
    }),
  );
}
