import { type Education, type Gender } from '@grassroots/personnel-app';
import { type Random } from '../random';

// Who the people of a village are: age, gender and education profiles (DOMAIN §2).

export function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
}

type AgeBand = readonly [min: number, max: number];

// Rural members are old: about half over 60, the young have left for the cities.
const RURAL_MEMBER_AGES: readonly (readonly [AgeBand, number])[] = [
  [[21, 35], 12],
  [[36, 45], 12],
  [[46, 59], 26],
  [[60, 75], 32],
  [[76, 92], 18],
];
const URBAN_MEMBER_AGES: readonly (readonly [AgeBand, number])[] = [
  [[21, 35], 25],
  [[36, 45], 20],
  [[46, 59], 25],
  [[60, 75], 20],
  [[76, 90], 10],
];

export function memberAge(random: Random, urban: boolean): number {
  const [min, max] = weighted(random, urban ? URBAN_MEMBER_AGES : RURAL_MEMBER_AGES);
  return random.int(min, max);
}

export function memberGender(random: Random, urban: boolean): Gender {
  return random.chance(urban ? 0.62 : 0.75) ? 'MALE' : 'FEMALE';
}

const EDUCATIONS: readonly Education[] = ['PRIMARY', 'JUNIOR_HIGH', 'HIGH_SCHOOL', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE'];

// Weights over EDUCATIONS by the oldest age of each band: the older, the less schooling.
const MEMBER_EDUCATION: readonly (readonly [number, readonly number[]])[] = [
  [35, [0, 5, 20, 35, 37, 3]],
  [45, [0, 20, 35, 30, 15, 0]],
  [59, [5, 45, 35, 12, 3, 0]],
  [75, [25, 50, 22, 3, 0, 0]],
  [Infinity, [55, 35, 10, 0, 0, 0]],
];

// Village cadres are better schooled than members of their age (88.8% high school or above).
const CADRE_EDUCATION: readonly (readonly [number, readonly number[]])[] = [
  [39, [0, 2, 14, 42, 40, 2]],
  [49, [0, 11, 38, 37, 14, 0]],
  [Infinity, [1, 21, 50, 24, 4, 0]],
];

function education(random: Random, table: typeof MEMBER_EDUCATION, age: number): Education {
  const weights = (table.find(([oldest]) => age <= oldest) ?? table[table.length - 1])[1];
  return weighted(random, EDUCATIONS.map((value, index) => [value, weights[index]] as const));
}

export function memberEducation(random: Random, age: number, urban: boolean): Education {
  const drawn = education(random, MEMBER_EDUCATION, age);
  // Town dwellers went to school a little longer.
  return urban && random.chance(0.3) ? EDUCATIONS[Math.min(EDUCATIONS.indexOf(drawn) + 1, EDUCATIONS.length - 1)] : drawn;
}

export function cadreEducation(random: Random, age: number): Education {
  return education(random, CADRE_EDUCATION, age);
}

/**
 * A two-committee member's age, tuned to the county figures: average 43, secretaries 44.3,
 * a third under 45 (most of the rest between 45 and 52, few past 55).
 */
export function cadreAge(random: Random, secretary: boolean): number {
  if (random.chance(secretary ? 0.35 : 0.338)) return random.int(secretary ? 30 : 24, 44);
  return 45 + Math.floor(Math.pow(random.next(), 2.9) * 13);
}
