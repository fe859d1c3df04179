import type { ClusterStatefulSetFound } from '@internal/backstage-plugin-statefulset-common';

/** Pods and claims that a change of the replica count creates, removes or keeps. */
export interface ScalePlan {
  from: number;
  to: number;
  /** Ordinals whose pods the controller creates, lowest first. */
  createdOrdinals: number[];
  /** Ordinals whose pods the controller deletes, highest first as it does. */
  removedOrdinals: number[];
  /** Claims of removed ordinals that stay, because `whenScaled` is `Retain`. */
  keptClaims: string[];
  /** Claims of removed ordinals that the controller deletes (`whenScaled: Delete`). */
  deletedClaims: string[];
  /** Claims kept from an earlier scale-in that created pods attach again. */
  reusedClaims: string[];
  /** Claims that created ordinals get new from the claim templates. */
  newClaims: string[];
}

/**
 * Plans scaling the set from its current replica count to `to`. Claims are
 * named `<template>-<set>-<ordinal>`, as the StatefulSet controller names them.
 */
export function planScale(
  status: ClusterStatefulSetFound,
  to: number,
): ScalePlan {
  const { statefulSet, claims } = status;
  const from = statefulSet.desiredReplicas;

  const createdOrdinals = range(from, to);
  const removedOrdinals = range(to, from).reverse();

  const claimNamesAt = (ordinals: number[]) =>
    claims
      .filter(claim => ordinals.includes(claim.ordinal))
      .map(claim => claim.name);

  const removedClaims = claimNamesAt(removedOrdinals);
  const reusedClaims = claimNamesAt(createdOrdinals);
  const newClaims = createdOrdinals.flatMap(ordinal =>
    statefulSet.claimTemplates
      .map(template => `${template}-${statefulSet.name}-${ordinal}`)
      .filter(name => !reusedClaims.includes(name)),
  );
  const retain =
    statefulSet.persistentVolumeClaimRetentionPolicy.whenScaled === 'Retain';

  return {
    from,
    to,
    createdOrdinals,
    removedOrdinals,
    keptClaims: retain ? removedClaims : [],
    deletedClaims: retain ? [] : removedClaims,
    reusedClaims,
    newClaims,
  };
}

/** Integers from `start` (inclusive) to `end` (exclusive); empty when end <= start. */
function range(start: number, end: number): number[] {
  const values: number[] = [];
  for (let value = start; value < end; value++) {
    values.push(value);
  }
  return values;
}
