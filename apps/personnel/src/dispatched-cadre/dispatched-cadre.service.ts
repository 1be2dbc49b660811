import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { isUuid, parseId, shanghaiDate } from '@grassroots/kernel';
import { lockVillage, type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { scopeWithin } from '../cadre/cadre-access';
import { optionalText, requiredText, villageCode } from '../cadre/cadre-input.util';
import { assertOneOf } from '../cadre/cadre-vocabulary';
import { keysetPage, keysetRequest } from '../cadre/sql-page.util';
import { DISPATCHED_ROLES, type DispatchedRole, VILLAGE_TYPES, type VillageType } from './dispatched-cadre-vocabulary';
import { DispatchedCadre, DispatchedCadreChange } from './dispatched-cadre.entity';
import { DispatchedCadreChangeRepository, DispatchedCadreRepository, type VillageWithoutFirstSecretary } from './dispatched-cadre.repository';
import { assertNoOverlappingFirstSecretary, assertStayDates, assertStayMayEnd } from './dispatched-cadre.rules';

export type AssignDispatchedCadre = {
  name: string;
  role: DispatchedRole;
  sendingUnit: string;
  regionCode: string;
  villageType: VillageType;
  startDate: string;
  endDate?: string | null;
};

export type DispatchedCadreFilter = { within?: string | null; role?: DispatchedRole | null; activeOn?: string | null };

// Cadres are sent by county departments and managed by the organization department 组织部.
const DISPATCH_WRITERS = ['organization-dept'] as const;

@Injectable()
export class DispatchedCadreService {
  constructor(
    private readonly assignments: DispatchedCadreRepository,
    private readonly changes: DispatchedCadreChangeRepository,
    private readonly em: EntityManager,
  ) {}

  get(caller: Caller, id: string): Promise<DispatchedCadre> {
    return this.assignments.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  getMany(caller: Caller, ids: readonly string[]): Promise<DispatchedCadre[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.assignments.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Assignments under `within`, of one role, active on a day: by village, latest start first. */
  list(caller: Caller, filter: DispatchedCadreFilter, page: PageRequest): Promise<Page<DispatchedCadre>> {
    const where = {
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.activeOn ? { startDate: { $lte: filter.activeOn }, $or: [{ endDate: null }, { endDate: { $gte: filter.activeOn } }] } : {}),
    };
    return this.assignments.page(scopeWithin(caller, filter.within), where, page, { regionCode: 'asc', startDate: 'desc', id: 'asc' });
  }

  /**
   * Villages that have `villageType` (any type when null) on `asOf` (default today) in the
   * village-type table and no first secretary active that day, including villages never sent anyone.
   */
  async villagesWithoutFirstSecretary(
    caller: Caller,
    filter: { within?: string | null; villageType?: VillageType | null; asOf?: string | null },
    page: PageRequest,
  ): Promise<Page<VillageWithoutFirstSecretary>> {
    const scope = scopeWithin(caller, filter.within);
    const { size, after } = keysetRequest(page, 2);
    const asOf = filter.asOf ?? shanghaiDate();
    const found = await this.assignments.villagesWithoutFirstSecretary(scope, filter.villageType ?? null, asOf, after ? [after[0], after[1]] : null, size);
    return keysetPage(found.rows, size, found.total, after !== null, (row) => [row.regionCode, row.villageType]);
  }

  /** Sends a cadre to a village; one first secretary per village at a time. */
  async assign(caller: Caller, input: AssignDispatchedCadre): Promise<DispatchedCadre> {
    requireRole(caller, 'Assigning a dispatched cadre', ...DISPATCH_WRITERS);
    const name = requiredText(input.name, 'name', 50);
    const role = assertOneOf(input.role, DISPATCHED_ROLES, 'role');
    const sendingUnit = requiredText(input.sendingUnit, 'sendingUnit', 100);
    const regionCode = villageCode(input.regionCode);
    const villageType = assertOneOf(input.villageType, VILLAGE_TYPES, 'villageType');
    const endDate = input.endDate ?? null;
    assertStayDates(input.startDate, endDate);
    caller.scope.assertCovers(regionCode, 'village');

    return this.em.transactional(async () => {
      // Serializes first-secretary assignments of the village: the overlap rule has no index.
      await lockVillage(this.em, 'first-secretary', regionCode);
      if (role === 'FIRST_SECRETARY') {
        const others = await this.assignments.find(caller.scope, { regionCode, role: 'FIRST_SECRETARY' });
        assertNoOverlappingFirstSecretary(others, { startDate: input.startDate, endDate }, regionCode);
      }
      const assignment = this.assignments.add(caller.scope, new DispatchedCadre(name, role, sendingUnit, regionCode, villageType, input.startDate, caller.subject));
      assignment.endDate = endDate;
      await this.em.flush();
      return assignment;
    });
  }

  /** Ends an assignment (or brings its planned end forward); the change is kept as a row. */
  async end(caller: Caller, id: string, endDate: string, note: string | null | undefined, today = shanghaiDate()): Promise<DispatchedCadre> {
    requireRole(caller, 'Ending a dispatched cadre’s assignment', ...DISPATCH_WRITERS);
    const assignmentId = parseId(id);
    const remark = optionalText(note, 'note', 500);
    return this.em.transactional(async () => {
      const assignment = await this.assignments.lockWritableOrFail(caller.scope, { id: assignmentId }, id);
      assertStayMayEnd(assignment, endDate, today);
      this.changes.add(caller.scope, new DispatchedCadreChange(assignment, assignment.endDate, endDate, caller.subject, remark));
      assignment.endDate = endDate;
      await this.em.flush();
      return assignment;
    });
  }
}
