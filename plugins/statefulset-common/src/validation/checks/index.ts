import { StatefulSetValues } from '../../model';
import { checkAutoscaling } from './autoscaling';
import { checkContainerNames, checkContainers } from './containers';
import { checkImagePullSecrets, checkSelectorLabels } from './metadata';
import { checkIngress, checkService } from './network';
import { checkScheduling } from './scheduling';
import { ValueIssue, ValuesCheck } from './types';
import { checkVolumes } from './volumes';

const checks: ValuesCheck[] = [
  checkSelectorLabels,
  checkImagePullSecrets,
  checkContainerNames,
  checkContainers,
  checkVolumes,
  checkService,
  checkIngress,
  checkAutoscaling,
  checkScheduling,
];

/** Runs every rule that compares fields with each other. */
export function checkValues(values: StatefulSetValues): ValueIssue[] {
  return checks.flatMap(check => check(values));
}
