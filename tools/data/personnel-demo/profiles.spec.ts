import { HIGH_SCHOOL_OR_ABOVE } from '@grassroots/personnel-app';
import { seededRandom } from '../random';
import { cadreAge, cadreEducation, memberAge } from './profiles';

const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const share = (values: boolean[]) => values.filter(Boolean).length / values.length;

// The county figures of DOMAIN §2 the generated two committees should reproduce.
describe(cadreAge.name, () => {
  const random = seededRandom('cadre-profile');
  const others = Array.from({ length: 20_000 }, () => cadreAge(random, false));
  const secretaries = Array.from({ length: 20_000 }, () => cadreAge(random, true));

  it('averages about 43 for committee members and 44.3 for secretaries, a third under 45', () => {
    expect(average(others)).toBeCloseTo(43, 0);
    expect(average(secretaries)).toBeCloseTo(44.3, 0);
    expect(share(others.map((age) => age < 45))).toBeCloseTo(0.338, 1);
  });

  it('stays within working age', () => {
    expect(Math.min(...others, ...secretaries)).toBeGreaterThanOrEqual(24);
    expect(Math.max(...others, ...secretaries)).toBeLessThanOrEqual(57);
  });
});

describe(cadreEducation.name, () => {
  it('has close to 88.8% with high school or above', () => {
    const random = seededRandom('cadre-education');
    const schooled = Array.from({ length: 20_000 }, () => HIGH_SCHOOL_OR_ABOVE.includes(cadreEducation(random, cadreAge(random, false))));
    expect(share(schooled)).toBeCloseTo(0.888, 1);
  });
});

describe(memberAge.name, () => {
  it('makes rural members old: over 40% past 60', () => {
    const random = seededRandom('member-ages');
    expect(share(Array.from({ length: 20_000 }, () => memberAge(random, false) >= 60))).toBeGreaterThan(0.4);
  });
});
