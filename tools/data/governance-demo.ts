import { type EntityManager } from '@mikro-orm/postgresql';
import { VillageMatter } from '@grassroots/governance-app';
import { type DemoVillage } from './demo-villages';
import { seededId, seededRandom } from './random';

// Typical village matters with amounts in every tier (MAJOR ≥ 20,000, GENERAL ≥ 2,000, MINOR).
const MATTERS = [
  { title: '村组道路硬化工程', category: 'PROJECT_TENDER', yuan: [80_000, 400_000] },
  { title: '集体鱼塘对外发包', category: 'ASSET_DISPOSAL', yuan: [20_000, 120_000] },
  { title: '村部会议室修缮', category: 'FINANCE', yuan: [5_000, 19_000] },
  { title: '聘用村级保洁员', category: 'STAFFING', yuan: [2_000, 12_000] },
  { title: '购置村委会办公用品', category: 'FINANCE', yuan: [300, 1_999] },
  { title: '修订村规民约', category: 'MAJOR_DECISION', yuan: [0, 0] },
] as const;

export async function generateVillageMatters(em: EntityManager, villages: DemoVillage[]): Promise<number> {
  let count = 0;
  for (const village of villages) {
    const random = seededRandom(`matters:${village.code}`);
    for (let index = random.int(0, 3); index > 0; index--) {
      const matter = random.pick(MATTERS);
      const fen = random.int(matter.yuan[0], matter.yuan[1]) * 100;
      const proposedAt = `${random.int(2024, 2026)}-${String(random.int(1, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const row = new VillageMatter(village.code, matter.title, matter.category, fen, proposedAt);
      row.id = seededId(random);
      em.persist(row);
      count++;
    }
  }
  await em.flush();
  return count;
}
