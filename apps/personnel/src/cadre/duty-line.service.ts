import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { parseId } from '@grassroots/kernel';
import { conflictOnDuplicate, lockVillage, type Page, type PageRequest } from '@grassroots/persistence';
import { firstPagesOfIds } from '../shared/keyed-pages';
import { requireCadreWriter, scopeWithin } from './cadre-access';
import { requiredText, villageCode } from './cadre-input.util';
import { CadrePostRepository, CadreRepository, DutyLineAssignmentRepository, DutyLineRepository } from './cadre.repository';
import { DutyLine, DutyLineAssignment } from './duty-line.entity';
import { assertDutyLineOwner, assertRoomForDutyLine, MIN_DUTY_LINES_PER_VILLAGE, type VillageDutyLineCounts } from './duty-line.rules';
import { keysetPage, keysetRequest } from './sql-page.util';

export type AssignDutyLine = { regionCode: string; name: string; ownerId: string };

const OWNED_ORDER = { name: 'asc', id: 'asc' } as const;

/** 精准履职考核: the work lines of each village and the cadre owning each. */
@Injectable()
export class DutyLineService {
  constructor(
    private readonly lines: DutyLineRepository,
    private readonly assignments: DutyLineAssignmentRepository,
    private readonly cadres: CadreRepository,
    private readonly posts: CadrePostRepository,
    private readonly em: EntityManager,
  ) {}

  list(caller: Caller, within: string | null | undefined, page: PageRequest): Promise<Page<DutyLine>> {
    return this.lines.page(scopeWithin(caller, within), {}, page, { regionCode: 'asc', name: 'asc', id: 'asc' });
  }

  ownedBy(caller: Caller, cadreId: string, page: PageRequest): Promise<Page<DutyLine>> {
    return this.lines.page(caller.scope, { owner: cadreId }, page, OWNED_ORDER);
  }

  /** The first page of lines owned by each of many cadres, in two SQL statements. */
  firstOwnedPages(caller: Caller, cadreIds: readonly string[], first?: number | null): Promise<Page<DutyLine>[]> {
    return firstPagesOfIds(this.lines, caller.scope, cadreIds, { property: 'owner', column: 'owner_id', orderBy: OWNED_ORDER, first });
  }

  /**
   * 履职工作线情况: per village under `within` (villages with an active post or a line), the number
   * of lines and those whose owner holds no active post, by village code, in one statement. With
   * `attentionOnly`, only villages short of lines or with orphaned lines (dutyLinesNeedAttention).
   */
  async villageReport(caller: Caller, within: string | null | undefined, attentionOnly: boolean, page: PageRequest): Promise<Page<VillageDutyLineCounts>> {
    const scope = scopeWithin(caller, within);
    const { size, after } = keysetRequest(page, 1);
    const found = await this.lines.villageReport(scope, { attentionOnly, shortOfLines: MIN_DUTY_LINES_PER_VILLAGE }, size, after?.[0] ?? null);
    return keysetPage(found.rows, size, found.totalCount, after !== null, (row) => [row.regionCode]);
  }

  /**
   * Gives the village's line `name` to an active cadre of the village: creates the line (at
   * most 12 per village) or hands an existing one to the new owner. Each change is a row.
   */
  async assign(caller: Caller, input: AssignDutyLine): Promise<DutyLine> {
    requireCadreWriter(caller, 'Assigning a duty line');
    const regionCode = villageCode(input.regionCode);
    const name = requiredText(input.name, 'name', 50);
    const ownerId = parseId(input.ownerId, 'ownerId');
    caller.scope.assertCovers(regionCode, 'village');

    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          await lockVillage(this.em, 'duty-line', regionCode);
          const owner = await this.cadres.findWritableOrFail(caller.scope, { id: ownerId }, input.ownerId);
          assertDutyLineOwner({ regionCode: owner.regionCode, activePosts: await this.posts.count(caller.scope, { cadre: owner, leftAt: null }) }, regionCode);
          const existing = await this.lines.findOne(caller.scope, { regionCode, name });
          if (existing?.owner.id === owner.id) return existing;
          if (!existing) assertRoomForDutyLine(await this.lines.count(caller.scope, { regionCode }), regionCode);

          const line = existing ?? this.lines.add(caller.scope, new DutyLine(regionCode, name, owner));
          const previous = existing ? existing.owner : null;
          line.owner = owner;
          this.assignments.add(caller.scope, new DutyLineAssignment(line, previous, owner, caller.subject));
          await this.em.flush();
          return line;
        }),
      () => `the duty line ${name} of ${regionCode} was created at the same time: reload and check`,
    );
  }
}
