import {
  BYTE_UNITS,
  CPU_UNITS,
  joinQuantity,
  splitQuantity,
} from './quantityParts';

describe('splitQuantity', () => {
  it.each([
    ['250m', CPU_UNITS, { amount: '250', unit: 'm' }],
    ['2', CPU_UNITS, { amount: '2', unit: '' }],
    ['512Mi', BYTE_UNITS, { amount: '512', unit: 'Mi' }],
    ['1.5Gi', BYTE_UNITS, { amount: '1.5', unit: 'Gi' }],
    ['2GiB', BYTE_UNITS, { amount: '2GiB', unit: '' }],
    ['500mi', CPU_UNITS, { amount: '500mi', unit: '' }],
    [undefined, BYTE_UNITS, { amount: '', unit: 'Mi' }],
  ] as const)('splits %s', (quantity, units, expected) => {
    expect(splitQuantity(quantity, units)).toEqual(expected);
  });
});

describe('joinQuantity', () => {
  it('joins amount and unit', () => {
    expect(joinQuantity({ amount: '256', unit: 'Mi' })).toBe('256Mi');
  });

  it('keeps a typed suffix as typed', () => {
    expect(joinQuantity({ amount: '2GiB', unit: 'Mi' })).toBe('2GiB');
  });

  it('drops an empty amount', () => {
    expect(joinQuantity({ amount: ' ', unit: 'Mi' })).toBeUndefined();
  });
});
