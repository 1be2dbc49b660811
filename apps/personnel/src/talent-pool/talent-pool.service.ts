import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller, hasRole } from '@grassroots/auth';
import { isUuid, parseId, parseRegionCode, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { scopeWithin } from '../cadre/cadre-access';
import { notInFuture, optionalText, requiredText } from '../cadre/cadre-input.util';
import { assertOneOf } from '../cadre/cadre-vocabulary';
import { assertWritesWithinTownship } from '../cadre/cadre-writer.rules';
import { TalentRecordChangeRepository, TalentRecordRepository } from './talent-pool.repository';
import { assertTalentMayEnd, assertTalentRegionLevel, TALENT_KINDS, type TalentKind, talentWriterRoles } from './talent-pool.rules';
import { TalentRecord, TalentRecordChange } from './talent-record.entity';

export type AddTalentRecord = { kind: TalentKind; name: string; regionCode: string; since: string; note?: string | null };
export type TalentFilter = { within?: string | null; kind?: TalentKind | null; activeOn?: string | null };
const ANY_TALENT_WRITER = [...new Set(TALENT_KINDS.flatMap(talentWriterRoles))];

export type TalentPoolCounts = { regionCode: string; activeOn: string; reserve: number; ruralElite: number; volunteer: number; total: number };

@Injectable()
export class TalentPoolService {
  constructor(
    private readonly records: TalentRecordRepository,
    private readonly changes: TalentRecordChangeRepository,
    private readonly em: EntityManager,
  ) {}

  get(caller: Caller, id: string): Promise<TalentRecord> {
    return this.records.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  getMany(caller: Caller, ids: readonly string[]): Promise<TalentRecord[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.records.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Who, where, since when: by region, longest-standing first. */
  list(caller: Caller, filter: TalentFilter, page: PageRequest): Promise<Page<TalentRecord>> {
    const where = {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.activeOn ? { since: { $lte: filter.activeOn }, $or: [{ until: null }, { until: { $gte: filter.activeOn } }] } : {}),
    };
    return this.records.page(scopeWithin(caller, filter.within), where, page, { regionCode: 'asc', since: 'asc', id: 'asc' });
  }

  /** How many of each kind are current on `activeOn` (default today), in one query. */
  async counts(caller: Caller, within: string | null | undefined, activeOn: string | null | undefined): Promise<TalentPoolCounts> {
    const scope = scopeWithin(caller, within);
    const day = activeOn ?? shanghaiDate();
    const byKind = await this.records.countsByKind(scope, day);
    const [reserve, ruralElite, volunteer] = TALENT_KINDS.map((kind) => byKind.get(kind) ?? 0);
    return { regionCode: scope.root, activeOn: day, reserve, ruralElite, volunteer, total: reserve + ruralElite + volunteer };
  }

  async add(caller: Caller, input: AddTalentRecord, today = shanghaiDate()): Promise<TalentRecord> {
    requireRole(caller, 'Adding to the talent pool', ...ANY_TALENT_WRITER);
    const kind = assertOneOf(input.kind, TALENT_KINDS, 'kind');
    this.requireWriter(caller, kind, 'Adding to the talent pool');
    const name = requiredText(input.name, 'name', 50);
    const regionCode = parseRegionCode(input.regionCode);
    assertTalentRegionLevel(regionCode);
    const since = notInFuture(input.since, today, 'since');
    const note = optionalText(input.note, 'note', 500);
    const record = this.records.add(caller.scope, new TalentRecord(kind, name, regionCode, since, caller.subject));
    record.note = note;
    await this.em.flush();
    return record;
  }

  /** Takes someone off the list from `until` (their last day); kept as a row with who and why. */
  async end(caller: Caller, id: string, until: string, note: string | null | undefined, today = shanghaiDate()): Promise<TalentRecord> {
    requireRole(caller, 'Ending a talent record', ...ANY_TALENT_WRITER);
    const recordId = parseId(id);
    const remark = optionalText(note, 'note', 500);
    return this.em.transactional(async () => {
      const record = await this.records.lockWritableOrFail(caller.scope, { id: recordId }, id);
      this.requireWriter(caller, record.kind, 'Ending a talent record');
      assertTalentMayEnd(record, until, today);
      this.changes.add(caller.scope, new TalentRecordChange(record, record.until, until, caller.subject, remark));
      record.until = until;
      await this.em.flush();
      return record;
    });
  }

  private requireWriter(caller: Caller, kind: TalentKind, action: string): void {
    const roles = talentWriterRoles(kind);
    requireRole(caller, action, ...roles);
    // Only a township officer is held to their own township.
    assertWritesWithinTownship(hasRole(caller, ...roles.filter((role) => role !== 'township-officer')), caller.scope.root);
  }
}
