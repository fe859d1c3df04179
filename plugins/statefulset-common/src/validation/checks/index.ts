import { StatefulSetValues } from '../../model';
import { ValueIssue, ValuesCheck } from './types';

const checks: ValuesCheck[] = [];

/** Runs every rule that compares fields with each other. */
export function checkValues(values: StatefulSetValues): ValueIssue[] {
  return checks.flatMap(check => check(values));
}
