import { MAX_REPLICAS, parseReplicaInput } from './replicaInput';

describe('parseReplicaInput', () => {
  it.each([
    ['0', 0],
    ['3', 3],
    [' 12 ', 12],
    [String(MAX_REPLICAS), MAX_REPLICAS],
  ])('accepts %j', (text, replicas) => {
    expect(parseReplicaInput(text)).toEqual({ valid: true, replicas });
  });

  it.each([
    ['', 'Enter a replica count, e.g. 3'],
    ['-1', '-1 is negative; enter 0 or more replicas'],
    ['2.5', '"2.5" is not a whole number; enter a replica count such as 3'],
    ['1e3', '"1e3" is not a whole number; enter a replica count such as 3'],
    ['three', '"three" is not a whole number; enter a replica count such as 3'],
    [
      '2147483648',
      '2147483648 is above the Kubernetes maximum of 2147483647 replicas',
    ],
  ])('rejects %j', (text, error) => {
    expect(parseReplicaInput(text)).toEqual({ valid: false, error });
  });
});
