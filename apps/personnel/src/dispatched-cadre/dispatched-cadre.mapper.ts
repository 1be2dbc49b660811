import { maskName } from '../shared/personal-data';
import { type DispatchedCadre } from './dispatched-cadre.entity';
import { DispatchedCadreObject, VillageWithoutFirstSecretaryObject } from './dispatched-cadre.object';
import { type VillageWithoutFirstSecretary } from './dispatched-cadre.repository';

export function toDispatchedCadreObject(assignment: DispatchedCadre, reveal: boolean): DispatchedCadreObject {
  return Object.assign(new DispatchedCadreObject(), {
    id: assignment.id,
    name: reveal ? assignment.name : maskName(assignment.name),
    role: assignment.role,
    sendingUnit: assignment.sendingUnit,
    region: { code: assignment.regionCode },
    villageType: assignment.villageType,
    startDate: assignment.startDate,
    endDate: assignment.endDate,
  });
}

export function toVillageWithoutFirstSecretaryObject(row: VillageWithoutFirstSecretary): VillageWithoutFirstSecretaryObject {
  return Object.assign(new VillageWithoutFirstSecretaryObject(), {
    region: { code: row.regionCode },
    villageType: row.villageType,
    lastFirstSecretaryEndDate: row.lastFirstSecretaryEndDate,
  });
}
