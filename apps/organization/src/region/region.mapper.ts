import { type Region } from './region.entity';
import { RegionObject } from './region.object';

export function toRegionObject(region: Region): RegionObject {
  return Object.assign(new RegionObject(), {
    code: region.code,
    name: region.name,
    shortName: region.shortName,
    level: region.level,
    parentCode: region.parentCode,
    settlement: region.settlement,
    population: region.population,
    households: region.households,
    partyMemberCount: region.partyMemberCount,
  });
}
