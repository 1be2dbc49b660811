import {
  type BranchVote,
  checkApplicantAge,
  checkPipelineStep,
  type PipelineStage,
  pipelineDueDate,
  PipelinePerson,
  PipelineStageRecord,
} from '@grassroots/personnel-app';
import { chineseName } from '../chinese-names';
import { type Random, seededId } from '../random';
import { addDays, at, birthDateForAge, earliest, randomDate, yearOf } from './dates';
import { mobilePhone } from './id-numbers';
import { isCurrentMember, type MemberFacts } from './members';
import { memberEducation, weighted } from './profiles';
import { ACTOR, type VillageRun } from './village-run';

type Step = { stage: PipelineStage; on: string; sponsorIds: string[]; vote: BranchVote | null };

const TARGETS: readonly (readonly [PipelineStage, number])[] = [
  ['APPLICANT', 35],
  ['ACTIVIST', 40],
  ['CANDIDATE', 25],
];

/** The branch general meeting: more than half of the full members attend and vote in favour. */
function branchVote(random: Random, eligible: number): BranchVote {
  const majority = Math.floor(eligible / 2) + 1;
  const present = Math.min(eligible, Math.max(majority, Math.round(eligible * (0.6 + random.next() * 0.35))));
  const inFavour = Math.max(majority, present - random.int(0, 2));
  return { eligible, present, inFavour, against: random.int(0, present - inFavour) };
}

/**
 * Step dates walking back from the date the person reached `target`: an applicant 入党申请人
 * becomes an activist 积极分子 months later, a candidate 发展对象 after more than a year of
 * training, probationary 预备党员 months after that, full 正式党员 after the year of probation.
 */
function stepDates(random: Random, target: PipelineStage, reachedOn: string): Partial<Record<PipelineStage, string>> {
  // Days from the stage before to this one (366 or more: a full calendar year even across 29 February).
  const gapBefore: Record<Exclude<PipelineStage, 'APPLICANT'>, [number, number]> = { FULL: [366, 400], PROBATIONARY: [60, 180], CANDIDATE: [375, 480], ACTIVIST: [90, 240] };
  const order: PipelineStage[] = ['FULL', 'PROBATIONARY', 'CANDIDATE', 'ACTIVIST', 'APPLICANT'];
  const dates: Partial<Record<PipelineStage, string>> = { [target]: reachedOn };
  for (let index = order.indexOf(target) + 1; index < order.length; index++) {
    const [min, max] = gapBefore[order[index - 1] as keyof typeof gapBefore];
    dates[order[index]] = addDays(dates[order[index - 1]] as string, -random.int(min, max));
  }
  return dates;
}

/**
 * The membership pipeline 发展党员 of each branch: a few people at APPLICANT, ACTIVIST or
 * CANDIDATE; members admitted in the last year still on probation (one in ten branches with a
 * probation past its year: the overdue list); some recently confirmed. Every step passes the
 * personnel rules (checkPipelineStep): stages in order, minimum durations, two sponsors who are
 * full members of the branch, a vote that carried. Admitted people are returned as members.
 */
export function planPipeline(run: VillageRun, members: readonly MemberFacts[]): MemberFacts[] {
  const random = run.random('pipeline');
  const { village, today } = run;
  const admitted: MemberFacts[] = [];
  for (const branchId of village.branchIds) {
    const full = members.filter((member) => member.branchId === branchId && member.status === 'FULL' && isCurrentMember(member));
    const people: [PipelineStage, string][] = [];
    for (let index = random.int(village.urban ? 0 : 1, 4); index > 0; index--) {
      const stage = weighted(random, TARGETS);
      people.push([stage, randomDate(random, addDays(today, stage === 'APPLICANT' ? -700 : -500), addDays(today, -5))]);
    }
    for (let index = random.int(0, 1) + (random.chance(0.2) ? 1 : 0); index > 0; index--) people.push(['PROBATIONARY', randomDate(random, addDays(today, -350), addDays(today, -20))]);
    if (random.chance(0.1)) people.push(['PROBATIONARY', randomDate(random, addDays(today, -600), addDays(today, -380))]);
    if (random.chance(0.4)) people.push(['FULL', randomDate(random, addDays(today, -700), addDays(today, -10))]);

    for (const [target, reachedOn] of people) {
      // Sponsors 入党介绍人 must be two full members; a branch with fewer develops applicants only.
      const stage = full.length >= 2 || target === 'APPLICANT' || target === 'ACTIVIST' ? target : 'ACTIVIST';
      const dates = stepDates(random, stage, reachedOn);
      const appliedAt = dates.APPLICANT as string;
      const gender = random.chance(village.urban ? 0.5 : 0.6) ? 'MALE' : 'FEMALE';
      const birthDate = birthDateForAge(random, random.int(19, 38), appliedAt);
      checkApplicantAge(birthDate, appliedAt);
      const sponsors = pickSome(random, full, 2).map((member) => member.id);
      const contacts = sponsors.slice(0, random.int(0, sponsors.length));

      const steps: Step[] = [];
      let position: { stage: PipelineStage; enteredAt: string } | null = null;
      for (const next of ['APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL'] as const) {
        const on = dates[next];
        if (!on) break;
        const sponsorIds = next === 'APPLICANT' ? [] : next === 'ACTIVIST' ? contacts : sponsors;
        const vote = next === 'PROBATIONARY' || next === 'FULL' ? branchVote(random, full.length) : null;
        if (position) checkPipelineStep(position, { to: next, on, sponsorIds, vote }, today);
        steps.push({ stage: next, on, sponsorIds, vote });
        position = { stage: next, enteredAt: on };
      }
      const last = steps[steps.length - 1];
      const name = chineseName(random, gender, yearOf(birthDate));
      const idNumber = run.ids.next(random, birthDate, gender);
      const inVillage = village.urban ? random.chance(0.85) : random.chance(0.5);
      let memberId: string | null = null;
      if (last.stage === 'PROBATIONARY' || last.stage === 'FULL') {
        const member: MemberFacts = {
          id: seededId(random),
          name,
          gender,
          birthDate,
          education: memberEducation(random, yearOf(today) - yearOf(birthDate), village.urban),
          branchId,
          inVillage,
          joinedAt: dates.PROBATIONARY as string,
          status: last.stage === 'FULL' ? 'FULL' : 'PROBATIONARY',
          idNumber,
          phone: random.chance(0.9) ? mobilePhone(random) : null,
          transfer: null,
          departure: null,
        };
        admitted.push(member);
        memberId = member.id;
      }
      writePerson(run, random, { name, gender, birthDate, idNumber, branchId, inVillage, memberId, steps });
    }
  }
  return admitted;
}

/** Up to `count` different items. */
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let index = 0; index < Math.min(count, pool.length); index++) {
    const swap = random.int(index, pool.length - 1);
    [pool[index], pool[swap]] = [pool[swap], pool[index]];
  }
  return pool.slice(0, count);
}

type PlannedPerson = {
  name: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  idNumber: string;
  branchId: string;
  inVillage: boolean;
  memberId: string | null;
  steps: Step[];
};

function writePerson(run: VillageRun, random: Random, person: PlannedPerson): void {
  const code = run.village.code;
  const last = person.steps[person.steps.length - 1];
  const sealed = run.sealer.seal({ idNumber: person.idNumber, birthDate: person.birthDate, gender: person.gender, phone: null }, run.today);
  const id = seededId(random);
  run.writer.add(PipelinePerson, [
    {
      id,
      name: person.name,
      gender: person.gender,
      birthDate: person.birthDate,
      idNumberSealed: sealed.idNumberSealed,
      idNumberHash: sealed.idNumberHash,
      regionCode: code,
      branchId: person.branchId,
      inVillage: person.inVillage,
      appliedAt: person.steps[0].on,
      stage: last.stage,
      stageEnteredAt: last.on,
      dueAt: pipelineDueDate({ stage: last.stage, enteredAt: last.on }),
      firstSponsorId: last.sponsorIds[0] ?? null,
      secondSponsorId: last.sponsorIds[1] ?? null,
      memberId: person.memberId,
      createdAt: at(person.steps[0].on),
      updatedAt: at(last.on),
    },
  ]);
  run.writer.add(
    PipelineStageRecord,
    person.steps.map((step, index) => ({
      id: seededId(random),
      person: id,
      regionCode: code,
      branchId: person.branchId,
      fromStage: index === 0 ? null : person.steps[index - 1].stage,
      stage: step.stage,
      ordinal: index + 1,
      enteredAt: step.on,
      firstSponsorId: step.sponsorIds[0] ?? null,
      secondSponsorId: step.sponsorIds[1] ?? null,
      voteEligible: step.vote?.eligible ?? null,
      votePresent: step.vote?.present ?? null,
      voteInFavour: step.vote?.inFavour ?? null,
      voteAgainst: step.vote?.against ?? null,
      note: null,
      recordedBy: ACTOR,
      recordedAt: at(earliest(addDays(step.on, random.int(0, 3)), run.today)),
    })),
  );
}
