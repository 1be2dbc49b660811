import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { newId, type RegionScope } from '@grassroots/kernel';
import { type Page, type PageRequest, RegionScopedRepository } from '@grassroots/persistence';
import { TWO_COMMITTEE_POSTS } from '../cadre/cadre-vocabulary';
import { keysetPage, keysetRequest } from '../representative/keyset-cursor.util';
import { HouseholdLink } from './household-link.entity';
import { HouseholdVisit } from './household-visit.entity';
import { Household } from './household.entity';
import { CHIEF_POSTS, type LinkCandidate } from './link-eligibility.util';
import { LinkPerson } from './link-person.entity';
import { LINK_QUOTAS, type LinkPersonKind, type LinkRole } from './link-role';

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** A person whose active links fall short of their role's quota. */
export type PersonUnderQuota = {
  id: string;
  kind: LinkPersonKind;
  name: string;
  linkRole: LinkRole;
  regionCode: string;
  quota: number;
  activeLinks: number;
  gap: number;
};

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
   * The person's row, created on their first link and brought up to date with their records
   * (village, name, role) on each, locked until the transaction ends: every link of one person
   * waits here, so the quota count that follows cannot go stale. A grid worker is found by
   * village and name.
   */
  async lockOrCreate(scope: RegionScope, candidate: LinkCandidate): Promise<LinkPerson> {
    scope.assertCovers(candidate.village, 'Village');
    // INSERT … ON CONFLICT DO UPDATE takes the row lock, also when another link created the row first.
    const [row] =
      candidate.personId === null
        ? await this.em.execute<{ id: string }[]>(
            `insert into household_link_person (id, kind, region_code, name, link_role, created_at, updated_at)
             values (?, 'GRID_WORKER', ?, ?, 'GRID_WORKER', now(), now())
             on conflict (region_code, name) where kind = 'GRID_WORKER' do update set updated_at = now()
             returning id`,
            [newId(), candidate.village, candidate.name],
          )
        : await this.em.execute<{ id: string }[]>(
            `insert into household_link_person (id, kind, region_code, name, link_role, created_at, updated_at)
             values (?, ?, ?, ?, ?, now(), now())
             on conflict (id) do update
               set kind = excluded.kind, region_code = excluded.region_code, name = excluded.name, link_role = excluded.link_role, updated_at = now()
             returning id`,
            [candidate.personId, candidate.kind, candidate.village, candidate.name, candidate.linkRole],
          );
    return this.lockWritableOrFail(scope, { id: row.id }, row.id);
  }

  /**
   * Everyone of the village (`scope`) who should link households on `day`, with their quota,
   * active links and gap, those below quota only, largest gap first: one statement. The people
   * are the union of serving two-committee members, current in-village party members, serving
   * representatives and the grid workers who have linked there, one row per person (a cadre or
   * representative who is a member is that member) with their highest role. A migrant member
   * 流动党员 is left out unless they also hold a post or seat. Active links are the person's
   * wherever they are, as the quota counts them.
   */
  async underQuota(scope: RegionScope, day: string, request: PageRequest): Promise<Page<PersonUnderQuota>> {
    const { first, after } = keysetRequest(request, ['number', 'string']);
    const like = scope.likePattern;
    const rows = await this.em.execute<(Columns & PersonUnderQuota)[]>(
      `with candidates as (
         select coalesce(c.member_id, c.id) as id, case when c.member_id is null then 'CADRE' else 'MEMBER' end as kind,
                c.name, c.region_code,
                case when bool_or(p.post in (?)) then 'CHIEF_CADRE' else 'TWO_COMMITTEE_MEMBER' end as role, true as expected
         from cadre c
         join cadre_post p on p.cadre_id = c.id and p.post in (?) and p.term_start <= ?::date and (p.left_at is null or p.left_at > ?::date)
         where c.region_code like ?
         group by c.id
         union all
         select m.id, 'MEMBER', m.name, m.region_code, 'PARTY_MEMBER', m.in_village
         from party_member m
         where m.region_code like ? and m.joined_at <= ?::date and (m.left_at is null or m.left_at > ?::date)
           and (m.suspended_since is null or m.suspended_since > ?::date)
         union all
         select coalesce(r.member_id, r.id), case when r.member_id is null then 'REPRESENTATIVE' else 'MEMBER' end,
                r.name, r.region_code, 'REPRESENTATIVE', true
         from village_representative r
         where r.region_code like ? and r.elected_at <= ?::date and (r.left_on is null or r.left_on > ?::date)
         union all
         select g.id, 'GRID_WORKER', g.name, g.region_code, 'GRID_WORKER', true
         from household_link_person g
         where g.kind = 'GRID_WORKER' and g.region_code like ?
       ), people as (
         select distinct on (c.id) c.id, c.kind, c.name, c.region_code, c.role, q.quota,
                bool_or(c.expected) over (partition by c.id) as expected
         from candidates c
         join json_to_recordset(?::json) as q(role text, quota int) on q.role = c.role
         order by c.id, q.quota desc
       ), counted as (
         select people.*,
                (select count(*)::int from household_link l where l.person_id = people.id and l.ended_at is null) as active_links
         from people
         where people.expected
       ), under as (
         select counted.*, quota - active_links as gap from counted where active_links < quota
       )
       select (select count(*)::int from under) as "totalCount", page.*
       from (select 1) as one
       left join lateral (
         select id, kind, name, role as "linkRole", region_code as "regionCode", quota, active_links as "activeLinks", gap
         from under
         where ?::boolean or under.gap < ? or (under.gap = ? and under.id > ?::uuid)
         order by under.gap desc, under.id
         limit ?
       ) as page on true`,
      [
        [...CHIEF_POSTS],
        [...TWO_COMMITTEE_POSTS],
        day,
        day,
        like,
        like,
        day,
        day,
        day,
        like,
        day,
        day,
        like,
        QUOTAS_JSON,
        after === null,
        after?.[0] ?? 0,
        after?.[0] ?? 0,
        after?.[1] ?? NO_ID,
        first + 1,
      ],
    );
    const people = rows
      .filter((row) => row.id !== null)
      .map(({ id, kind, name, linkRole, regionCode, quota, activeLinks, gap }) => ({ id, kind, name, linkRole, regionCode, quota, activeLinks, gap }));
    return keysetPage(people, rows[0]?.totalCount ?? 0, first, after !== null, (person) => [person.gap, person.id]);
  }
}

@Injectable()
export class HouseholdLinkRepository extends RegionScopedRepository<HouseholdLink> {
  constructor(em: EntityManager) {
    super(em, HouseholdLink, 'Household link');
  }

  /**
   * The households a person actively links, wherever they are: the quota is the person's, so
   * links left in a village they moved from still count. Ids only, for the quota check, never shown.
   */
  async activeHouseholdsOf(personId: string): Promise<string[]> {
    const rows = await this.em.execute<{ household_id: string }[]>('select household_id from household_link where person_id = ? and ended_at is null', [personId]);
    return rows.map((row) => row.household_id);
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
