import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { WeakOrganizationCase } from './weak-organization-case.entity';

export type WeakOrganizationCounts = {
  total: number;
  designated: number;
  planApproved: number;
  rectifying: number;
  closed: number;
  consolidating: number;
  cityLevel: number;
  countyLevel: number;
  relapsed: number;
};

@Injectable()
export class WeakOrganizationCaseRepository extends RegionScopedRepository<WeakOrganizationCase> {
  constructor(em: EntityManager) {
    super(em, WeakOrganizationCase, 'Weak-organization case');
  }

  /** Cases by state and contact level within the scope, counted in one SQL statement. */
  async counts(scope: RegionScope): Promise<WeakOrganizationCounts> {
    const [row] = await this.em.execute<WeakOrganizationCounts[]>(
      `select count(*)::int as "total",
         count(*) filter (where state = 'DESIGNATED')::int as "designated",
         count(*) filter (where state = 'PLAN_APPROVED')::int as "planApproved",
         count(*) filter (where state = 'RECTIFYING')::int as "rectifying",
         count(*) filter (where state = 'CLOSED')::int as "closed",
         count(*) filter (where state = 'CONSOLIDATING')::int as "consolidating",
         count(*) filter (where contact_level = 'CITY_B')::int as "cityLevel",
         count(*) filter (where contact_level = 'COUNTY_C')::int as "countyLevel",
         count(*) filter (where relapse_count > 0)::int as "relapsed"
       from weak_organization_case
       where region_code like ?`,
      [scope.likePattern],
    );
    return row;
  }
}
