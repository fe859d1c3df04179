import { StatefulSetValues } from '../../model';
import { describeValue } from '../rules/describe';
import { DNS1123_SUBDOMAIN_MAX_LENGTH } from '../rules/names';
import { ValueIssue } from './types';

/**
 * Volume names are unique, claim template names are unique and differ from
 * volume names, and every volume mount names one of them.
 */
export function checkVolumes(values: StatefulSetValues): ValueIssue[] {
  const issues: ValueIssue[] = [];
  const volumeNames = new Set<string>();
  const claimNames = new Set<string>();

  (values.volumes ?? []).forEach((volume, index) => {
    if (volumeNames.has(volume.name)) {
      issues.push({
        path: ['volumes', index, 'name'],
        message: `${describeValue(
          volume.name,
        )} is the name of another volume, volume names are unique, e.g. "${
          volume.name
        }-2"`,
      });
    }
    volumeNames.add(volume.name);
  });

  (values.volumeClaimTemplates ?? []).forEach((template, index) => {
    if (claimNames.has(template.name)) {
      issues.push({
        path: ['volumeClaimTemplates', index, 'name'],
        message: `${describeValue(
          template.name,
        )} is the name of another claim template, claim template names are unique, e.g. "${
          template.name
        }-2"`,
      });
    } else if (volumeNames.has(template.name)) {
      issues.push({
        path: ['volumeClaimTemplates', index, 'name'],
        message: `${describeValue(
          template.name,
        )} is also the name of a volume, a claim template and a volume cannot share a name, e.g. "${
          template.name
        }-data"`,
      });
    }
    claimNames.add(template.name);
  });

  const known = [...volumeNames, ...claimNames];
  const containers = [
    ...values.containers.map((container, index) => ({
      container,
      path: ['containers', index],
    })),
    ...(values.initContainers ?? []).map((container, index) => ({
      container,
      path: ['initContainers', index],
    })),
  ];
  for (const { container, path } of containers) {
    (container.volumeMounts ?? []).forEach((mount, index) => {
      if (volumeNames.has(mount.name) || claimNames.has(mount.name)) {
        return;
      }
      const fix =
        known.length > 0
          ? `use one of ${known.map(name => `"${name}"`).join(', ')}`
          : 'add a volume or a volume claim template of that name';
      issues.push({
        path: [...path, 'volumeMounts', index, 'name'],
        message: `${describeValue(
          mount.name,
        )} names no volume or volume claim template, ${fix}`,
      });
    });
  }

  issues.push(...checkClaimNameLengths(values));
  return issues;
}

/**
 * Claims are named `<template>-<statefulset>-<ordinal>` and must fit a DNS
 * subdomain (253 characters) up to the highest ordinal.
 */
function checkClaimNameLengths(values: StatefulSetValues): ValueIssue[] {
  const maxReplicas = values.autoscaling?.enabled
    ? values.autoscaling.maxReplicas
    : values.replicas;
  const highestOrdinal = String(Math.max(maxReplicas - 1, 0));

  return (values.volumeClaimTemplates ?? []).flatMap((template, index) => {
    const claimName = `${template.name}-${values.name}-${highestOrdinal}`;
    if (claimName.length <= DNS1123_SUBDOMAIN_MAX_LENGTH) {
      return [];
    }
    return [
      {
        path: ['volumeClaimTemplates', index, 'name'],
        message: `${describeValue(
          template.name,
        )} makes the claim name "${claimName}" ${
          claimName.length
        } characters long, a claim name has at most 253 characters: shorten the template name`,
      },
    ];
  });
}
