import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { type TalentKind } from './talent-pool.rules';
import { TalentRecord, TalentRecordChange } from './talent-record.entity';

@Injectable()
export class TalentRecordRepository extends RegionScopedRepository<TalentRecord> {
  constructor(em: EntityManager) {
    super(em, TalentRecord, 'Talent record');
  }

  /** Records current on `activeOn` under `scope`, per kind: one aggregate query. */
  async countsByKind(scope: RegionScope, activeOn: string): Promise<Map<TalentKind, number>> {
    const rows: { kind: TalentKind; count: number }[] = await this.em.execute(
      `select kind, count(*)::int as count
         from talent_record
        where region_code like ? and since <= ?::date and (until is null or until >= ?::date)
        group by kind`,
      [scope.likePattern, activeOn, activeOn],
    );
    return new Map(rows.map((row) => [row.kind, row.count]));
  }
}

@Injectable()
export class TalentRecordChangeRepository extends RegionScopedRepository<TalentRecordChange> {
  constructor(em: EntityManager) {
    super(em, TalentRecordChange, 'Talent record change');
  }
}
