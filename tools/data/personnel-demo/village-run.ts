import { type Random, seededRandom } from '../random';
import { type BulkWriter } from './bulk-writer';
import { type CountyFacts, type VillageFacts } from './county-facts';
import { addDays, earliest, randomDate, yearOf } from './dates';
import { type IdNumbers } from './id-numbers';
import { type PersonalDataSealer } from './personal-data';

export const ACTOR = 'demo-generator';

/** Everything one village's generators share: its facts, the county's, the day, the writer. */
export type VillageRun = {
  village: VillageFacts;
  county: CountyFacts;
  /** The day the data is generated for; dates of activity are relative to it. */
  today: string;
  /** The village's last two general elections 换届选举 (every five years: 2021, 2026 ...). */
  elections: { current: string; previous: string };
  ids: IdNumbers;
  sealer: PersonalDataSealer;
  writer: BulkWriter;
  /** A stream of its own per purpose and village: adding one kind of data leaves the others as they were. */
  random(purpose: string): Random;
};

export function villageRun(fields: Omit<VillageRun, 'elections' | 'random'>): VillageRun {
  const random = (purpose: string) => seededRandom(`${purpose}:${fields.village.code}`);
  return { ...fields, random, elections: electionDates(random('elections'), fields.today) };
}

// Hubei's village elections run from January to April of the election year.
function electionDates(random: Random, today: string): VillageRun['elections'] {
  let year = 2021 + Math.floor((yearOf(today) - 2021) / 5) * 5;
  if (`${year}-02-01` > today) year -= 5;
  return {
    current: randomDate(random, `${year}-01-05`, earliest(`${year}-04-30`, addDays(today, -1))),
    previous: randomDate(random, `${year - 5}-01-05`, `${year - 5}-04-30`),
  };
}
