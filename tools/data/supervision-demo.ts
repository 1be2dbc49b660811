import { type EntityManager } from '@mikro-orm/postgresql';
import { Audit } from '@grassroots/supervision-app';
import { chineseName } from './chinese-names';
import { type DemoVillage } from './demo-villages';
import { seededId, seededRandom } from './random';

/** About one village in six has an economic-responsibility audit of its secretary on record. */
export async function generateAudits(em: EntityManager, villages: DemoVillage[]): Promise<number> {
  let count = 0;
  for (const village of villages) {
    const random = seededRandom(`audits:${village.code}`);
    if (!random.chance(1 / 6)) continue;
    const audit = new Audit(
      village.code,
      chineseName(random),
      null,
      random.chance(0.3) ? 'DEPARTURE' : 'IN_OFFICE',
      `${random.int(2023, 2026)}-${String(random.int(1, 12)).padStart(2, '0')}-15`,
    );
    audit.id = seededId(random);
    audit.status = random.pick(['SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'COMPLETED'] as const);
    em.persist(audit);
    count++;
  }
  await em.flush();
  return count;
}
