import { DomainError } from '@grassroots/kernel';
import { amountRangeOfClass, INCOME_CLASSES, incomeClassOf } from './income-class.util';

const yuan = (amount: number) => amount * 100;

describe(incomeClassOf.name, () => {
  it.each([
    [0, 'EMPTY'],
    [1, 'WEAK'],
    [yuan(50_000) - 1, 'WEAK'],
    [yuan(50_000), 'STANDARD'],
    [yuan(500_000) - 1, 'STANDARD'],
    [yuan(500_000), 'STRONG'],
    [yuan(28_608_500), 'STRONG'],
  ])('puts %p fen in %s', (amountFen, incomeClass) => {
    expect(incomeClassOf(amountFen)).toBe(incomeClass);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %p with BAD_USER_INPUT', (amountFen) => {
    expect(() => incomeClassOf(amountFen)).toThrow(DomainError);
    expect(() => incomeClassOf(amountFen)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(amountRangeOfClass.name, () => {
  it.each(INCOME_CLASSES)('agrees with incomeClassOf at the edges of %s', (incomeClass) => {
    const { from, below } = amountRangeOfClass(incomeClass);
    expect(incomeClassOf(from)).toBe(incomeClass);
    if (from > 0) expect(incomeClassOf(from - 1)).not.toBe(incomeClass);
    if (below !== null) {
      expect(incomeClassOf(below - 1)).toBe(incomeClass);
      expect(incomeClassOf(below)).not.toBe(incomeClass);
    }
  });
});
