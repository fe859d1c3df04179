import { V2HorizontalPodAutoscaler } from '@kubernetes/client-node';

/**
 * Finds the HorizontalPodAutoscaler whose `scaleTargetRef` is the named
 * StatefulSet (`apps/<version>`, kind `StatefulSet`), if any.
 */
export function findAutoscaler(
  autoscalers: V2HorizontalPodAutoscaler[],
  setName: string,
): V2HorizontalPodAutoscaler | undefined {
  return autoscalers.find(autoscaler => {
    const target = autoscaler.spec?.scaleTargetRef;
    const group = target?.apiVersion?.split('/')[0];
    return (
      target?.kind === 'StatefulSet' &&
      target.name === setName &&
      group === 'apps'
    );
  });
}
