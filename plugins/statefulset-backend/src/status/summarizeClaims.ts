import {
  V1PersistentVolumeClaim,
  V1StatefulSet,
} from '@kubernetes/client-node';
import { ClaimSummary } from '@internal/backstage-plugin-statefulset-common';
import { desiredOrdinalRange, parseOrdinal } from './ordinals';

/**
 * Summarizes the claims made from the set's claim templates, which the
 * controller names `<template>-<set>-<ordinal>`. A claim whose ordinal lies
 * outside the desired ordinal range outlived its pod after a scale-in and is
 * marked retained. Sorted by ordinal, then template.
 */
export function summarizeClaims(
  set: V1StatefulSet,
  claims: V1PersistentVolumeClaim[],
): ClaimSummary[] {
  const setName = set.metadata?.name ?? '';
  const templates = (set.spec?.volumeClaimTemplates ?? []).map(
    template => template.metadata?.name ?? '',
  );
  const range = desiredOrdinalRange(set);
  const summaries: ClaimSummary[] = [];

  for (const claim of claims) {
    const name = claim.metadata?.name ?? '';

    for (const template of templates) {
      const ordinal = parseOrdinal(name, `${template}-${setName}`);
      if (ordinal === undefined) {
        continue;
      }

      summaries.push({
        name,
        template,
        ordinal,
        phase: claim.status?.phase ?? 'Unknown',
        capacity: claim.status?.capacity?.storage,
        requestedStorage: claim.spec?.resources?.requests?.storage,
        storageClassName: claim.spec?.storageClassName,
        accessModes: claim.spec?.accessModes ?? [],
        retained: ordinal < range.start || ordinal >= range.end,
      });
      break;
    }
  }

  return summaries.sort(
    (a, b) => a.ordinal - b.ordinal || a.template.localeCompare(b.template),
  );
}
