/**
 * New frontend system entry point: the scaffolder module with the field
 * extensions of the "Stateful application" template.
 *
 * @packageDocumentation
 */

export {
  statefulSetScaffolderModule as default,
  statefulSetFormFields,
} from './scaffolder/alpha';
