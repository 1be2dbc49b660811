import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { type Page, type PageRequest, RegionScopedRepository } from '@grassroots/persistence';
import { keysetPage, keysetRequest } from '../representative/keyset-cursor.util';
import { HouseholdLink } from './household-link.entity';
import { HouseholdVisit } from './household-visit.entity';
import { Household } from './household.entity';
import { LinkPerson } from './link-person.entity';
import { LINK_QUOTAS, type LinkRole } from './link-role';

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** A person whose active links fall short of their role's quota. */
export type PersonUnderQuota = { id: string; name: string; linkRole: LinkRole; regionCode: string; quota: number; activeLinks: number; gap: number };

/** Household-link figures of one region, over the caller's scope. */
export type HouseholdLinkSummary = { code: string; households: number; linkedHouseholds: number; activeLinks: number; visitsThisMonth: number };

type Columns = Record<string, unknown> & { totalCount: number; id: string | null };

// The quotas as a JSON parameter, so SQL and the rules read the same numbers.
const QUOTAS_JSON = JSON.stringify(Object.entries(LINK_QUOTAS).map(([role, quota]) => ({ role, quota })));

@Injectable()
export class HouseholdRepository extends RegionScopedRepository<Household> {
  constructor(em: EntityManager) {
    super(em, Household, 'Household');
  }

  /** Households under the scope with no active link, by region then id: one statement. */
  async withoutLink(scope: RegionScope, request: PageRequest): Promise<Page<Household>> {
    const { first, after } = keysetRequest(request, ['string', 'string']);
    const like = scope.likePattern;
    const rows = await this.em.execute<Columns[]>(
      `with unlinked as (
         select h.* from household h
         where h.region_code like ?
           and not exists (select 1 from household_link l where l.household_id = h.id and l.ended_at is null and l.region_code like ?)
       )
       select (select count(*)::int from unlinked) as "totalCount", page.*
       from (select 1) as one
       left join lateral (
         select * from unlinked
         where ?::boolean or (unlinked.region_code, unlinked.id) > (?::varchar, ?::uuid)
         order by unlinked.region_code, unlinked.id
         limit ?
       ) as page on true`,
      [like, like, after === null, after?.[0] ?? '', after?.[1] ?? NO_ID, first + 1],
    );
    const households = rows.filter((row) => row.id !== null).map(({ totalCount: _total, ...columns }) => this.em.map(Household, columns));
    return keysetPage(households, rows[0]?.totalCount ?? 0, first, after !== null, (household) => [household.regionCode, household.id]);
  }
}

@Injectable()
export class LinkPersonRepository extends RegionScopedRepository<LinkPerson> {
  constructor(em: EntityManager) {
    super(em, LinkPerson, 'Link person');
  }

  /**
   * The person's row, created on their first link, locked until the transaction ends: every
   * link of one person waits here, so the quota count that follows cannot go stale.
   */
  async lockOrCreate(scope: RegionScope, person: LinkPerson): Promise<LinkPerson> {
    scope.assertCovers(person.regionCode, 'Village');
    await this.em.execute(
      `insert into household_link_person (id, region_code, name, link_role, created_at, updated_at)
       values (?, ?, ?, ?, now(), now()) on conflict (id) do nothing`,
      [person.id, person.regionCode, person.name, person.linkRole],
    );
    return this.lockWritableOrFail(scope, { id: person.id }, person.id);
  }

  /** People of the scope below their quota, largest gap first: one statement. */
  async underQuota(scope: RegionScope, request: PageRequest): Promise<Page<PersonUnderQuota>> {
    const { first, after } = keysetRequest(request, ['number', 'string']);
    const like = scope.likePattern;
    const rows = await this.em.execute<(Columns & PersonUnderQuota)[]>(
      `with people as (
         select p.id, p.name, p.link_role, p.region_code, q.quota,
                (select count(*)::int from household_link l where l.person_id = p.id and l.ended_at is null and l.region_code like ?) as active_links
         from household_link_person p
         join json_to_recordset(?::json) as q(role text, quota int) on q.role = p.link_role
         where p.region_code like ?
       ), under as (
         select people.*, quota - active_links as gap from people where active_links < quota
       )
       select (select count(*)::int from under) as "totalCount", page.*
       from (select 1) as one
       left join lateral (
         select id, name, link_role as "linkRole", region_code as "regionCode", quota, active_links as "activeLinks", gap
         from under
         where ?::boolean or under.gap < ? or (under.gap = ? and under.id > ?::uuid)
         order by under.gap desc, under.id
         limit ?
       ) as page on true`,
      [like, QUOTAS_JSON, like, after === null, after?.[0] ?? 0, after?.[0] ?? 0, after?.[1] ?? NO_ID, first + 1],
    );
    const people = rows
      .filter((row) => row.id !== null)
      .map(({ id, name, linkRole, regionCode, quota, activeLinks, gap }) => ({ id, name, linkRole, regionCode, quota, activeLinks, gap }));
    return keysetPage(people, rows[0]?.totalCount ?? 0, first, after !== null, (person) => [person.gap, person.id]);
  }
}

@Injectable()
export class HouseholdLinkRepository extends RegionScopedRepository<HouseholdLink> {
  constructor(em: EntityManager) {
    super(em, HouseholdLink, 'Household link');
  }

  /** Links active on `asOf` with no visit in its month, by region then id: one statement. */
  async withoutVisit(scope: RegionScope, asOf: string, month: string, request: PageRequest): Promise<Page<HouseholdLink>> {
    const { first, after } = keysetRequest(request, ['string', 'string']);
    const like = scope.likePattern;
    const rows = await this.em.execute<Columns[]>(
      `with unvisited as (
         select l.* from household_link l
         where l.region_code like ? and l.linked_at <= ?::date and (l.ended_at is null or l.ended_at > ?::date)
           and not exists (select 1 from household_visit v where v.link_id = l.id and v.visit_month = ?)
       )
       select (select count(*)::int from unvisited) as "totalCount", page.*
       from (select 1) as one
       left join lateral (
         select * from unvisited
         where ?::boolean or (unvisited.region_code, unvisited.id) > (?::varchar, ?::uuid)
         order by unvisited.region_code, unvisited.id
         limit ?
       ) as page on true`,
      [like, asOf, asOf, month, after === null, after?.[0] ?? '', after?.[1] ?? NO_ID, first + 1],
    );
    const links = rows.filter((row) => row.id !== null).map(({ totalCount: _total, ...columns }) => this.em.map(HouseholdLink, columns));
    return keysetPage(links, rows[0]?.totalCount ?? 0, first, after !== null, (link) => [link.regionCode, link.id]);
  }

  /** Households, linked households, active links and the month's visits under each code, within the scope: one statement. */
  async summaries(scope: RegionScope, codes: readonly string[], month: string): Promise<HouseholdLinkSummary[]> {
    const like = scope.likePattern;
    return this.em.execute<HouseholdLinkSummary[]>(
      `select r.code,
              (select count(*)::int from household h
                where h.region_code like ? and h.region_code like r.code || '%') as households,
              (select count(distinct l.household_id)::int from household_link l
                where l.ended_at is null and l.region_code like ? and l.region_code like r.code || '%') as "linkedHouseholds",
              (select count(*)::int from household_link l
                where l.ended_at is null and l.region_code like ? and l.region_code like r.code || '%') as "activeLinks",
              (select count(*)::int from household_visit v
                where v.visit_month = ? and v.region_code like ? and v.region_code like r.code || '%') as "visitsThisMonth"
       from json_array_elements_text(?::json) as r(code)`,
      [like, like, like, month, like, JSON.stringify(codes)],
    );
  }
}

@Injectable()
export class HouseholdVisitRepository extends RegionScopedRepository<HouseholdVisit> {
  constructor(em: EntityManager) {
    super(em, HouseholdVisit, 'Household visit');
  }
}
