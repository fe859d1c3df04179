/**
 * Isomorphic code of the StatefulSet plugins: the wizard's parameter model,
 * its validation rules, the manifest builder, the card's API types, the
 * Git change rules and the permissions.
 *
 * @packageDocumentation
 */

export * from './annotations';
export * from './builder';
export * from './gitops';
export * from './model';
export * from './permissions';
export * from './status/isRolloutSettled';
export * from './status/types';
export * from './validation';
