import { type CadrePostKind, type LeftReason, termFromElection, TWO_COMMITTEE_POSTS } from '@grassroots/personnel-app';
import { chineseName } from '../chinese-names';
import { type Random, seededId } from '../random';
import { ageOn, birthDateForAge, yearOf } from './dates';
import { fullMember, type MemberFacts, type Person } from './members';
import { cadreAge, cadreEducation } from './profiles';
import { type VillageRun } from './village-run';

export type PostFacts = { id: string; post: CadrePostKind; termStart: string; termEnd: string; leftAt: string | null; leftReason: LeftReason | null };

/** A village cadre as generated: the person, the member row when linked, the posts of both terms. */
export type CadreFacts = Person & {
  memberId: string | null;
  posts: PostFacts[];
  /** A candidate whose qualification review failed 任职资格审查未通过: never appointed. */
  refused: boolean;
};

export const activePosts = (cadre: CadreFacts): PostFacts[] => cadre.posts.filter((post) => post.leftAt === null);
export const isTwoCommitteeMember = (cadre: CadreFacts): boolean => activePosts(cadre).some((post) => TWO_COMMITTEE_POSTS.includes(post.post));
/** The village's chief cadres 村主职干部: the secretary and the committee chair. */
export const isChiefCadre = (cadre: CadreFacts): boolean => activePosts(cadre).some((post) => post.post === 'SECRETARY' || post.post === 'COMMITTEE_CHAIR');

type Seat = { posts: CadrePostKind[]; memberChance: number; secretary?: boolean; woman?: boolean };

// The two committees 两委 of a village: five to seven people, the secretary holding both posts
// 一肩挑 in most villages, at least one woman (the women's director 妇联主席 usually sits on the
// villagers' committee), and in half the villages an accountant 报账员 outside the committees.
function seatsOf(random: Random): Seat[] {
  const bothPosts = random.chance(0.88);
  const seats: Seat[] = [{ posts: bothPosts ? ['SECRETARY', 'COMMITTEE_CHAIR'] : ['SECRETARY'], memberChance: 1, secretary: true }];
  if (!bothPosts) seats.push({ posts: ['COMMITTEE_CHAIR'], memberChance: 0.6 });
  if (random.chance(0.4)) seats.push({ posts: ['DEPUTY_SECRETARY'], memberChance: 1 });
  for (let index = random.int(1, 2); index > 0; index--) {
    seats.push({ posts: random.chance(0.4) ? ['BRANCH_COMMITTEE_MEMBER', 'COMMITTEE_MEMBER'] : ['BRANCH_COMMITTEE_MEMBER'], memberChance: 1 });
  }
  if (random.chance(0.3)) seats.push({ posts: ['COMMITTEE_DEPUTY'], memberChance: 0.5 });
  const size = random.int(5, 7);
  while (seats.length < size) seats.push({ posts: ['COMMITTEE_MEMBER'], memberChance: 0.4 });
  seats[seats.length - 1].woman = true;
  if (random.chance(0.5)) seats.push({ posts: ['ACCOUNTANT'], memberChance: 0.5 });
  return seats;
}

function post(random: Random, kind: CadrePostKind, electedOn: string, leftAt: string | null, leftReason: LeftReason | null): PostFacts {
  return { id: seededId(random), post: kind, ...termFromElection(electedOn), leftAt, leftReason };
}

/**
 * The village's cadres for the current term (elected at the last general election, so the term
 * covers today), with the previous term for those re-elected; a secretary who was not re-elected
 * stays on record with the ended posts. Cadres who are party members get their member row.
 */
export function planCadres(run: VillageRun): { cadres: CadreFacts[]; members: MemberFacts[] } {
  const random = run.random('cadres');
  const { current, previous } = run.elections;
  const cadres: CadreFacts[] = [];
  const members: MemberFacts[] = [];
  const person = (age: number, gender: Person['gender']): Person => {
    const birthDate = birthDateForAge(random, age, run.today);
    return { id: seededId(random), name: chineseName(random, gender, yearOf(birthDate)), gender, birthDate, education: cadreEducation(random, age) };
  };
  const addCadre = (someone: Person, posts: PostFacts[], memberChance: number, refused = false) => {
    let memberId: string | null = null;
    // A few members' records sit with another organization (a township unit): the link stays empty.
    if (random.chance(memberChance) && random.chance(0.95)) {
      const member = fullMember(run, random, { ...someone, id: seededId(random) }, run.village.branchIds[0], true);
      members.push(member);
      memberId = member.id;
    }
    cadres.push({ ...someone, memberId, posts, refused });
  };

  for (const seat of seatsOf(random)) {
    const age = cadreAge(random, seat.secretary ?? false);
    const gender = seat.woman ? 'FEMALE' : random.chance(seat.secretary ? 0.92 : 0.7) ? 'MALE' : 'FEMALE';
    const someone = person(age, gender);
    const reElected = random.chance(seat.secretary ? 0.65 : 0.55) && ageOn(someone.birthDate, previous) >= 23;
    const posts = seat.posts.flatMap((kind) => [
      ...(reElected ? [post(random, kind, previous, current, 'TERM_ENDED')] : []),
      post(random, kind, current, null, null),
    ]);
    addCadre(someone, posts, seat.memberChance);
    if (seat.secretary && !reElected && random.chance(0.7)) {
      const former = person(random.int(55, 68), random.chance(0.92) ? 'MALE' : 'FEMALE');
      const reason: LeftReason = ageOn(former.birthDate, current) >= 60 ? 'RETIRED' : 'NOT_REELECTED';
      addCadre(former, seat.posts.map((kind) => post(random, kind, previous, current, reason)), 1);
    }
  }
  if (random.chance(0.04)) addCadre(person(random.int(30, 50), 'MALE'), [], 0.3, true);
  return { cadres, members };
}
