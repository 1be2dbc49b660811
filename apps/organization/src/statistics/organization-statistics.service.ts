import { type QueryBuilder, raw } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { type RegionScope } from '@grassroots/kernel';
import { GridRepository } from '../grid/grid.repository';
import { PartyOrganizationRepository } from '../party-organization/party-organization.repository';
import { type WeakOrganizationCounts } from '../rectification/weak-organization-case.repository';
import { WeakOrganizationCaseService } from '../rectification/weak-organization-case.service';
import { SocialOrganizationRepository } from '../social-organization/social-organization.repository';

export type CountBy<K extends string> = { key: K; count: number }[];

export type OrganizationStatistics = {
  within: string;
  partyOrganizationsByKind: CountBy<string>;
  partyOrganizationsByForm: CountBy<string>;
  gridsByLevel: CountBy<string>;
  socialOrganizationsByFilingStatus: CountBy<string>;
  weakOrganizations: WeakOrganizationCounts;
};

/**
 * The analysts' figures for any region: each a single grouped SQL statement confined to the
 * caller's scope by the repositories' query builders, never rows loaded into memory.
 */
@Injectable()
export class OrganizationStatisticsService {
  constructor(
    private readonly organizations: PartyOrganizationRepository,
    private readonly grids: GridRepository,
    private readonly socialOrganizations: SocialOrganizationRepository,
    private readonly weakOrganizationCases: WeakOrganizationCaseService,
  ) {}

  async forRegion(caller: Caller, within: string | null | undefined): Promise<OrganizationStatistics> {
    const scope = caller.scope.narrowTo(within);
    const [partyOrganizationsByKind, partyOrganizationsByForm, gridsByLevel, socialOrganizationsByFilingStatus, weakOrganizations] = await Promise.all([
      this.countActiveOrganizations(scope, 'kind'),
      this.countActiveOrganizations(scope, 'form'),
      this.countBy(this.grids.createQueryBuilder(scope, 'g'), 'g.level'),
      this.countBy(this.socialOrganizations.createQueryBuilder(scope, 's'), 's.filing_status'),
      this.weakOrganizationCases.counts(caller, scope.root),
    ]);
    return { within: scope.root, partyOrganizationsByKind, partyOrganizationsByForm, gridsByLevel, socialOrganizationsByFilingStatus, weakOrganizations };
  }

  private countActiveOrganizations(scope: RegionScope, column: 'kind' | 'form') {
    return this.countBy(this.organizations.createQueryBuilder(scope, 'o').andWhere({ dissolvedAt: null }), `o.${column}`);
  }

  private async countBy<E extends object>(query: QueryBuilder<E>, column: string): Promise<CountBy<string>> {
    const rows = await query
      .select([raw(`${column} as key`), raw('count(*)::int as count')])
      .groupBy(raw(column))
      .orderBy({ [raw(column)]: 'asc' })
      .execute<{ key: string; count: number }[]>('all', false);
    return rows.map((row) => ({ key: row.key, count: Number(row.count) }));
  }
}
