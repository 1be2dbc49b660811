import { type EntityManager } from '@mikro-orm/postgresql';
import { type Division, readDivisions } from './division-source';
import { Region } from './region.entity';

const CHUNK = 2000;

/**
 * Imports the real region tree under `prefix` (and its ancestors) idempotently: new codes are
 * inserted, known ones get the official names again; counts kept from events are untouched.
 */
export async function importRegions(em: EntityManager, prefix: string): Promise<{ imported: number; byLevel: Record<string, number> }> {
  const divisions = await readDivisions(prefix);
  await em.transactional(async (tx) => {
    for (let start = 0; start < divisions.length; start += CHUNK) {
      await tx
        .createQueryBuilder(Region)
        .insert(divisions.slice(start, start + CHUNK).map(toRow))
        .onConflict('code')
        .merge(['name', 'shortName', 'level', 'parentCode', 'settlement', 'updatedAt'])
        .execute();
    }
  });
  const byLevel: Record<string, number> = {};
  for (const division of divisions) byLevel[division.level] = (byLevel[division.level] ?? 0) + 1;
  return { imported: divisions.length, byLevel };
}

function toRow(division: Division) {
  return {
    code: division.code,
    name: division.name,
    shortName: division.shortName,
    level: division.level,
    parentCode: division.parentCode,
    settlement: division.settlement,
    updatedAt: new Date(),
  };
}
