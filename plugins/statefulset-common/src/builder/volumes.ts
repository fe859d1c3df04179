import { Volume as VolumeValues, VolumeClaimTemplate } from '../model';
import { PersistentVolumeClaimTemplate, Volume } from './kubernetesTypes';
import { dropUndefined } from './objects';

export function buildVolume(volume: VolumeValues): Volume {
  switch (volume.type) {
    case 'hostPath':
      return {
        name: volume.name,
        hostPath: dropUndefined({
          path: volume.hostPath.path,
          type: volume.hostPath.type,
        }),
      };
    case 'configMap':
      return {
        name: volume.name,
        configMap: dropUndefined({
          name: volume.configMap.name,
          defaultMode: volume.configMap.defaultMode,
          optional: volume.configMap.optional,
        }),
      };
    case 'secret':
      return {
        name: volume.name,
        secret: dropUndefined({
          secretName: volume.secret.secretName,
          defaultMode: volume.secret.defaultMode,
          optional: volume.secret.optional,
        }),
      };
    case 'emptyDir':
      return {
        name: volume.name,
        emptyDir: dropUndefined({
          medium: volume.emptyDir?.medium,
          sizeLimit: volume.emptyDir?.sizeLimit,
        }),
      };
    case 'persistentVolumeClaim':
      return {
        name: volume.name,
        persistentVolumeClaim: dropUndefined({
          claimName: volume.persistentVolumeClaim.claimName,
          readOnly: volume.persistentVolumeClaim.readOnly,
        }),
      };
    default:
      throw new Error(`Unknown volume type ${JSON.stringify(volume)}`);
  }
}

/**
 * Builds a claim template. Without `storageClassName` the claim gets the
 * cluster's default StorageClass. An empty string would instead request a
 * volume without any class, so an absent class leaves the key out.
 */
export function buildVolumeClaimTemplate(
  claim: VolumeClaimTemplate,
): PersistentVolumeClaimTemplate {
  return {
    metadata: { name: claim.name },
    spec: dropUndefined({
      accessModes: [...claim.accessModes],
      storageClassName: claim.storageClassName,
      resources: { requests: { storage: claim.storage } },
    }),
  };
}
