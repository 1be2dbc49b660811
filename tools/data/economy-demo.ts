import { type EntityManager } from '@mikro-orm/postgresql';
import { CollectiveIncome } from '@grassroots/economy-app';
import { type DemoVillage } from './demo-villages';
import { seededId, seededRandom } from './random';

/**
 * Collective operating income for 2024 and 2025, spread over the classes of DOMAIN §5: a few
 * empty villages, many weak ones, most up to standard, some strong (≥ 500,000 yuan).
 */
export async function generateCollectiveIncomes(em: EntityManager, villages: DemoVillage[]): Promise<number> {
  let count = 0;
  for (const village of villages) {
    const random = seededRandom(`income:${village.code}`);
    const roll = random.next();
    const base = roll < 0.03 ? 0 : roll < 0.35 ? random.int(5_000, 49_000) : roll < 0.9 ? random.int(50_000, 480_000) : random.int(500_000, 2_000_000);
    for (const year of [2024, 2025]) {
      const yuan = base === 0 ? 0 : Math.round(base * (year === 2025 ? 1 + (random.next() - 0.3) * 0.4 : 1));
      const income = new CollectiveIncome(village.code, year, yuan * 100, `${year + 1}-01-${String(random.int(5, 25)).padStart(2, '0')}`);
      income.id = seededId(random);
      em.persist(income);
      count++;
    }
  }
  await em.flush();
  return count;
}
