import { StatefulSetValues } from '../../model';
import { ValuePath } from '../fieldError';

/** Problem found by a rule that looks at more than one field. */
export interface ValueIssue {
  path: ValuePath;
  message: string;
}

/** Rule over the parsed values that returns every problem it finds. */
export type ValuesCheck = (values: StatefulSetValues) => ValueIssue[];
