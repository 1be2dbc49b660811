import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { SensitiveRead } from './sensitive-read.entity';

export type SensitiveReadRow = Omit<SensitiveRead, 'id'>;

@Injectable()
export class SensitiveReadRepository extends RegionScopedRepository<SensitiveRead> {
  constructor(em: EntityManager) {
    super(em, SensitiveRead, 'Sensitive read');
  }

  /** Writes all rows in one INSERT, each checked against the reader's scope first. */
  async recordAll(scope: RegionScope, rows: readonly SensitiveReadRow[]): Promise<void> {
    if (!rows.length) return;
    for (const row of rows) scope.assertCovers(row.regionCode, this.label);
    await this.em.insertMany(SensitiveRead, rows.map((row) => Object.assign(new SensitiveRead(), row)));
  }
}
