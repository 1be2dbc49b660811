import { type EntityManager } from '@mikro-orm/postgresql';
import { shanghaiDate } from '@grassroots/kernel';
import {
  AnnualRecord,
  Cadre,
  CadrePost,
  CadrePostChange,
  CadreTraining,
  DispatchedCadre,
  DispatchedCadreChange,
  DutyLine,
  DutyLineAssignment,
  EscalatedTalk,
  HalfYearAssessment,
  Household,
  HouseholdLink,
  HouseholdVisit,
  KnownPartyOrganization,
  LinkPerson,
  MajorMatterReport,
  MemberDeparture,
  MemberTransfer,
  Mentorship,
  PartyMember,
  PipelinePerson,
  PipelineStageRecord,
  QualificationReview,
  RepresentativePointChange,
  RepresentativeStatusChange,
  TalentRecord,
  TalentRecordChange,
  VillageRepresentative,
  VillageTypePeriod,
} from '@grassroots/personnel-app';
import { type DemoVillage } from '../demo-villages';
import { BulkWriter } from './bulk-writer';
import { writeCadres } from './cadre-records';
import { planCadres } from './cadres';
import { readCountyFacts } from './county-facts';
import { at } from './dates';
import { writeDispatchedCadres } from './dispatched-cadres';
import { writeHouseholdLinks, writeHouseholds } from './households';
import { IdNumbers } from './id-numbers';
import { planMembers, writeMembers } from './members';
import { setOrganizationCounts } from './organization-counts';
import { PersonalDataSealer } from './personal-data';
import { planPipeline } from './pipeline';
import { writeKnownPartyOrganizations } from './reference-data';
import { planRepresentatives } from './representatives';
import { writeTalents } from './talents';
import { villageRun, type VillageRun } from './village-run';

// Parents before children, so every flush satisfies the foreign keys.
const TABLES = [
  KnownPartyOrganization,
  VillageTypePeriod,
  PartyMember,
  MemberTransfer,
  MemberDeparture,
  AnnualRecord,
  PipelinePerson,
  PipelineStageRecord,
  Cadre,
  CadrePost,
  CadrePostChange,
  QualificationReview,
  CadreTraining,
  HalfYearAssessment,
  DutyLine,
  DutyLineAssignment,
  EscalatedTalk,
  MajorMatterReport,
  Mentorship,
  DispatchedCadre,
  DispatchedCadreChange,
  TalentRecord,
  TalentRecordChange,
  VillageRepresentative,
  RepresentativeStatusChange,
  RepresentativePointChange,
  Household,
  LinkPerson,
  HouseholdLink,
  HouseholdVisit,
];

export type PersonnelDemoOptions = {
  /** The day the data describes (default: today in Asia/Shanghai): terms, trainings and visits are current on it. */
  today?: string;
};

export type PersonnelDemoResult = { rowsByTable: Map<string, number>; members: number; countsSet: { villages: number; branches: number } };

function generateVillage(run: VillageRun): void {
  const { cadres, members: cadreMembers } = planCadres(run);
  const ordinary = planMembers(run, cadreMembers.length);
  const admitted = planPipeline(run, [...cadreMembers, ...ordinary]);
  const members = [...cadreMembers, ...ordinary, ...admitted];
  writeMembers(run, members);
  writeCadres(run, cadres);
  writeDispatchedCadres(run);
  writeTalents(run);
  const households = writeHouseholds(run);
  // Two-committee members sit in the villagers' meetings anyway: representatives come from the others.
  const representatives = planRepresentatives(run, households.length, [...ordinary, ...admitted]);
  writeHouseholdLinks(run, households, { cadres, members, representatives });
}

/**
 * The personnel data of `villages` (one county, or part of one): the replica of the county's
 * party organizations, members, pipeline, cadres, village types and dispatched cadres, talent
 * pools, representatives, households and links, generated village by
 * village from seeds and written in bulk in ONE transaction, so a county is loaded completely or
 * not at all (the demo loader skips a county that has members). Then organization's member
 * counts are set from the rows. Same seed and same day, same rows (sealed values excepted: each
 * seal has a fresh IV).
 */
export async function generatePersonnelDemo(
  personnel: EntityManager,
  organization: EntityManager,
  villages: readonly DemoVillage[],
  options: PersonnelDemoOptions = {},
): Promise<PersonnelDemoResult> {
  const today = options.today ?? shanghaiDate();
  const county = await readCountyFacts(organization, villages);
  const sealer = PersonalDataSealer.fromEnvironment();
  const ids = new IdNumbers(county.code);
  const rowsByTable = await personnel.transactional(async (tx) => {
    const writer = new BulkWriter(tx, TABLES);
    writeKnownPartyOrganizations(writer, county, at(today, 8));
    for (const village of county.villages) {
      if (village.branchIds.length === 0) continue;
      generateVillage(villageRun({ village, county, today, ids, sealer, writer }));
      await writer.flushIfFull();
    }
    await writer.flush();
    return writer.written;
  });
  const countsSet = await setOrganizationCounts(personnel, organization, county.code);
  return { rowsByTable, members: rowsByTable.get('party_member') ?? 0, countsSet };
}
