/*
 * The Volumes and storage page: claim templates, their retention policy,
 * volumes of each type, and mount paths entered beside each volume.
 */
import type { Page } from 'playwright-core';
import {
  byPath,
  clickButton,
  pickAt,
  pickStandard,
  setFlagAt,
  typeAt,
  typeQuantityAt,
} from './form.ts';
import type { ExampleValues } from './values.ts';

const ACCESS_MODES = [
  'ReadWriteOnce',
  'ReadOnlyMany',
  'ReadWriteMany',
  'ReadWriteOncePod',
];

/** Writes a file mode as the octal text that the mode box reads, such as 0644. */
function octal(mode: number): string {
  return `0${mode.toString(8)}`;
}

async function fillClaimTemplates(
  page: Page,
  values: ExampleValues,
): Promise<void> {
  for (const [index, claim] of (values.volumeClaimTemplates ?? []).entries()) {
    await clickButton(page, 'Add claim template');
    const path = `volumeClaimTemplates[${index}]`;
    await typeAt(page, `${path}.name`, claim.name);
    await typeQuantityAt(page, `${path}.storage`, claim.storage, 'bytes');
    if (claim.storageClassName)
      await typeAt(page, `${path}.storageClassName`, claim.storageClassName);
    for (const mode of ACCESS_MODES) {
      await page
        .locator(byPath(`${path}.accessModes:${mode}`))
        .setChecked(claim.accessModes.includes(mode));
    }
  }

  const policy = values.persistentVolumeClaimRetentionPolicy ?? {};
  for (const key of ['whenScaled', 'whenDeleted']) {
    if (policy[key])
      await pickStandard(
        page,
        `root_persistentVolumeClaimRetentionPolicy_${key}`,
        policy[key],
      );
  }
}

async function fillVolume(
  page: Page,
  path: string,
  volume: any,
): Promise<void> {
  await typeAt(page, `${path}.name`, volume.name);
  if (volume.type !== 'emptyDir')
    await pickAt(page, `${path}.type`, volume.type);

  switch (volume.type) {
    case 'configMap':
      await typeAt(page, `${path}.configMap.name`, volume.configMap.name);
      if (volume.configMap.defaultMode !== undefined)
        await typeAt(
          page,
          `${path}.configMap.defaultMode`,
          octal(volume.configMap.defaultMode),
        );
      await setFlagAt(
        page,
        `${path}.configMap.optional`,
        volume.configMap.optional,
      );
      break;
    case 'secret':
      await typeAt(page, `${path}.secret.secretName`, volume.secret.secretName);
      if (volume.secret.defaultMode !== undefined)
        await typeAt(
          page,
          `${path}.secret.defaultMode`,
          octal(volume.secret.defaultMode),
        );
      await setFlagAt(page, `${path}.secret.optional`, volume.secret.optional);
      break;
    case 'emptyDir':
      if (volume.emptyDir?.medium)
        await pickAt(page, `${path}.emptyDir.medium`, volume.emptyDir.medium);
      if (volume.emptyDir?.sizeLimit)
        await typeAt(
          page,
          `${path}.emptyDir.sizeLimit`,
          volume.emptyDir.sizeLimit,
        );
      break;
    case 'hostPath':
      await typeAt(page, `${path}.hostPath.path`, volume.hostPath.path);
      if (volume.hostPath.type)
        await pickAt(page, `${path}.hostPath.type`, volume.hostPath.type);
      break;
    case 'persistentVolumeClaim':
      await typeAt(
        page,
        `${path}.persistentVolumeClaim.claimName`,
        volume.persistentVolumeClaim.claimName,
      );
      await setFlagAt(
        page,
        `${path}.persistentVolumeClaim.readOnly`,
        volume.persistentVolumeClaim.readOnly,
      );
      break;
    default:
      throw new Error(
        `volume ${volume.name} has type ${volume.type}, which the wizard helpers do not know`,
      );
  }
}

/** Fills claim templates, retention policy and volumes; mounts are entered elsewhere. */
export async function fillStorage(
  page: Page,
  values: ExampleValues,
): Promise<void> {
  await fillClaimTemplates(page, values);
  for (const [index, volume] of (values.volumes ?? []).entries()) {
    await clickButton(page, 'Add volume');
    await fillVolume(page, `volumes[${index}]`, volume);
  }
}

/**
 * Enters the volume mounts of the containers with the mount buttons beside
 * each volume on this page, instead of on the Containers page.
 */
export async function fillMountsByVolume(
  page: Page,
  values: ExampleValues,
): Promise<void> {
  for (const [containerIndex, container] of values.containers.entries()) {
    for (const [mountIndex, mount] of (
      container.volumeMounts ?? []
    ).entries()) {
      await page
        .getByRole('button', {
          name: `Mount ${mount.name} in ${container.name}`,
          exact: true,
        })
        .click();
      const path = `containers[${containerIndex}].volumeMounts[${mountIndex}]`;
      await typeAt(page, `${path}.mountPath`, mount.mountPath);
      if (mount.subPath) await typeAt(page, `${path}.subPath`, mount.subPath);
      await setFlagAt(page, `${path}.readOnly`, mount.readOnly);
    }
  }
}
