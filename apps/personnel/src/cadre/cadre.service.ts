import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, isUuid, parseId, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { PartyMemberService } from '../party-member/party-member.service';
import { firstPagesOfRegions, underRegions } from '../shared/keyed-pages';
import { requireCadreWriter, scopeWithin } from './cadre-access';
import { ageOn, quarterOf } from './cadre-dates.util';
import { notInFuture, requiredText, villageCode } from './cadre-input.util';
import { type CadrePost } from './cadre-post.entity';
import { MINIMUM_CADRE_AGE } from './cadre-post.rules';
import { assertOneOf, type CadrePostKind, EDUCATIONS, type Education, type Gender, GENDERS, TWO_COMMITTEE_POSTS } from './cadre-vocabulary';
import { Cadre } from './cadre.entity';
import { CadrePostRepository, CadreRepository } from './cadre.repository';

export type RegisterCadre = {
  name: string;
  gender: Gender;
  birthDate: string;
  education: Education;
  regionCode: string;
  memberId?: string | null;
};

export type CadreFilter = { within?: string | null; post?: CadrePostKind | null; activeOnly?: boolean | null };

// Keyset order of cadre lists: no personal data in the cursor.
const CADRE_ORDER = { regionCode: 'asc', id: 'asc' } as const;

/** The people: registering a cadre and reading cadres. Posts are in CadrePostService. */
@Injectable()
export class CadreService {
  constructor(
    private readonly cadres: CadreRepository,
    private readonly posts: CadrePostRepository,
    private readonly members: PartyMemberService,
  ) {}

  get(caller: Caller, id: string): Promise<Cadre> {
    return this.cadres.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  /** Batch read for references and loaders; malformed and out-of-scope ids are left out. */
  getMany(caller: Caller, ids: readonly string[]): Promise<Cadre[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.cadres.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /**
   * Cadres under `within`. Active only (the default): those holding an active post (of `post`,
   * when given); otherwise every registered cadre (with `post`: who ever held it).
   */
  list(caller: Caller, filter: CadreFilter, page: PageRequest): Promise<Page<Cadre>> {
    const scope = scopeWithin(caller, filter.within);
    const activeOnly = filter.activeOnly ?? true;
    const postCondition = { ...(filter.post ? { post: filter.post } : {}), ...(activeOnly ? { leftAt: null } : {}) };
    const where = activeOnly || filter.post ? { posts: { $some: postCondition } } : {};
    return this.cadres.page(scope, where, page, CADRE_ORDER);
  }

  /**
   * The first page of cadres holding an active post under each of many regions (Region.cadres):
   * two SQL statements per code length; `list` continues a region past its first page.
   */
  firstActivePagesOfRegions(caller: Caller, codes: readonly string[], first?: number | null): Promise<(Page<Cadre> | Error)[]> {
    return firstPagesOfRegions(caller.scope, codes, (length, group) => {
      const { partition, where } = underRegions(length, group);
      const serving = { ...where, posts: { $some: { leftAt: null } } };
      return this.cadres.firstPages(caller.scope, { partition, where: serving, orderBy: CADRE_ORDER, first });
    });
  }

  /**
   * Two-committee members serving on `asOf` with no training in the Asia/Shanghai quarter of
   * `asOf`, in SQL (IN / NOT IN subqueries on posts and trainings; the page and its count).
   */
  untrainedInQuarter(caller: Caller, within: string | null | undefined, asOf: string | null | undefined, page: PageRequest): Promise<Page<Cadre>> {
    const scope = scopeWithin(caller, within);
    const day = asOf ?? shanghaiDate();
    const quarter = quarterOf(day);
    const where = {
      posts: {
        $some: { post: { $in: [...TWO_COMMITTEE_POSTS] }, termStart: { $lte: day }, $or: [{ leftAt: null }, { leftAt: { $gt: day } }] },
      },
      trainings: { $none: { trainedOn: { $gte: quarter.start, $lt: quarter.end } } },
    };
    return this.cadres.page(scope, where, page, CADRE_ORDER);
  }

  /** Active posts of each cadre, in one query. */
  async activePostsByCadre(caller: Caller, cadreIds: readonly string[]): Promise<Map<string, CadrePost[]>> {
    const rows = cadreIds.length ? await this.posts.find(caller.scope, { cadre: { $in: [...cadreIds] }, leftAt: null }, { orderBy: { post: 'asc', id: 'asc' } }) : [];
    const byCadre = new Map<string, CadrePost[]>();
    for (const row of rows) byCadre.set(row.cadre.id, [...(byCadre.get(row.cadre.id) ?? []), row]);
    return byCadre;
  }

  /** Registers a person as a (candidate) village cadre; posts come with appointCadre. */
  async register(caller: Caller, input: RegisterCadre, today = shanghaiDate()): Promise<Cadre> {
    requireCadreWriter(caller, 'Registering a cadre');
    const name = requiredText(input.name, 'name', 50);
    const gender = assertOneOf(input.gender, GENDERS, 'gender');
    const education = assertOneOf(input.education, EDUCATIONS, 'education');
    const birthDate = notInFuture(input.birthDate, today, 'birthDate');
    if (ageOn(birthDate, today) < MINIMUM_CADRE_AGE) {
      throw new DomainError('BAD_USER_INPUT', `birthDate ${birthDate}: a village cadre must be at least ${MINIMUM_CADRE_AGE}`, { field: 'birthDate' });
    }
    const regionCode = villageCode(input.regionCode);
    const memberId = input.memberId ? parseId(input.memberId, 'memberId') : null;
    caller.scope.assertCovers(regionCode, 'village');
    if (memberId) await this.members.currentMemberOf(caller, memberId, regionCode);
    const cadre = this.cadres.add(caller.scope, new Cadre(name, gender, birthDate, education, regionCode, caller.subject));
    cadre.memberId = memberId;
    await this.cadres.flush();
    return cadre;
  }
}
