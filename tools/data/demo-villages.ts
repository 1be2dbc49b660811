import { type EntityManager } from '@mikro-orm/postgresql';
import { Region } from '@grassroots/organization-app';

export type DemoVillage = { code: string; shortName: string; settlement: string | null };

/** The villages of a county as imported into organization, in code order. */
export async function villagesOf(em: EntityManager, countyCode: string): Promise<DemoVillage[]> {
  const regions = await em.find(Region, { level: 'VILLAGE', code: { $like: `${countyCode}%` } }, { orderBy: { code: 'asc' } });
  return regions.map((region) => ({ code: region.code, shortName: region.shortName, settlement: region.settlement }));
}
