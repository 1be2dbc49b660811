import { type EntityManager } from '@mikro-orm/postgresql';
import {
  CaseTransition,
  RectificationItem,
  RectificationPlan,
  SocialActivityReport,
  SocialOrganization,
  SocialOrganizationFilingTransition,
  StarRating,
  WeakOrganizationCase,
} from '@grassroots/organization-app';
import { chineseName } from './chinese-names';
import { type DemoVillage } from './demo-villages';
import { seededId, seededRandom, type Random } from './random';

const ACTOR = 'demo-generator';
const SOCIAL_KINDS = [
  ['宗祠会', 'ANCESTRAL_HALL_COUNCIL'],
  ['老人会', 'ELDERS_ASSOCIATION'],
  ['红白理事会', 'WEDDINGS_FUNERALS_COUNCIL'],
  ['五老和谐会', 'FIVE_ELDERS_SOCIETY'],
  ['道德评议会', 'MORALITY_ASSOCIATION'],
  ['治安巡逻队', 'SECURITY_PATROL'],
] as const;
const ACTIVITIES = ['重阳敬老活动', '修缮祠堂募捐', '村规民约宣讲', '夜间治安巡逻', '移风易俗宣传'];
const WEAK_REASONS = ['SECRETARY_VACANT', 'CLAN_INTERFERENCE', 'HISTORICAL_PROBLEMS', 'ELECTION_RISK', 'EMPTY_COLLECTIVE_ECONOMY', 'WEAK_COHESION', 'POOR_SERVICE'] as const;
const PROBLEMS = [
  ['村党组织书记长期空缺', '选派乡镇干部任第一书记，三个月内选优配强书记', '乡镇组织委员'],
  ['宗族势力干扰村务', '开展扫黑除恶专项斗争，建立村务监督委员会', '乡镇政法委员'],
  ['集体经济空壳', '盘活闲置资产，发展支部领办合作社', '村党组织书记'],
  ['历史遗留问题未化解', '成立专班逐件化解，建立台账销号', '乡镇纪委书记'],
  ['党员大会长期不开', '落实"三会一课"，每月主题党日', '村党组织书记'],
];
// Case states in roughly the proportions of a county mid-campaign (DOMAIN §1: 68 villages
// rectified in one county; most closed or consolidating, a few still open).
const STATES = ['DESIGNATED', 'PLAN_APPROVED', 'RECTIFYING', 'RECTIFYING', 'CLOSED', 'CONSOLIDATING', 'CONSOLIDATING'] as const;
const PATH: Record<(typeof STATES)[number], readonly [WeakOrganizationCase['state'], string][]> = {
  DESIGNATED: [],
  PLAN_APPROVED: [['PLAN_APPROVED', 'APPROVE_PLAN']],
  RECTIFYING: [['PLAN_APPROVED', 'APPROVE_PLAN'], ['RECTIFYING', 'START_RECTIFICATION']],
  CLOSED: [['PLAN_APPROVED', 'APPROVE_PLAN'], ['RECTIFYING', 'START_RECTIFICATION'], ['CLOSED', 'CLOSE']],
  CONSOLIDATING: [['PLAN_APPROVED', 'APPROVE_PLAN'], ['RECTIFYING', 'START_RECTIFICATION'], ['CLOSED', 'CLOSE'], ['CONSOLIDATING', 'START_CONSOLIDATION']],
};

const date = (random: Random, from: number, to: number) => `${random.int(from, to)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;

/** Social organizations with their filing history and activity reports, in rural villages. */
export async function generateSocialOrganizations(em: EntityManager, villages: DemoVillage[]): Promise<number> {
  let count = 0;
  for (const village of villages.filter((candidate) => candidate.settlement !== 'URBAN')) {
    const random = seededRandom(`social:${village.code}`);
    for (const [label, kind] of SOCIAL_KINDS.filter(() => random.chance(0.25))) {
      const organization = new SocialOrganization(`${village.shortName}${label}`, kind, village.code, chineseName(random));
      organization.id = seededId(random);
      em.persist(organization);
      em.persist(new SocialOrganizationFilingTransition(organization, 'REGISTER', null, 'UNFILED', null, ACTOR));
      const roll = random.next();
      if (roll < 0.15) {
        count++;
        continue; // never submitted: 未备案
      }
      em.persist(new SocialOrganizationFilingTransition(organization, 'SUBMIT', 'UNFILED', 'PENDING', null, ACTOR));
      organization.filingStatus = 'PENDING';
      if (roll < 0.25) {
        organization.filingStatus = 'REFUSED';
        organization.refusalReason = '章程未明确接受村党组织领导';
        em.persist(new SocialOrganizationFilingTransition(organization, 'REFUSE', 'PENDING', 'REFUSED', organization.refusalReason, ACTOR));
      } else if (roll >= 0.32) {
        organization.filingStatus = 'FILED';
        organization.filedAt = date(random, 2021, 2024);
        em.persist(new SocialOrganizationFilingTransition(organization, 'FILE', 'PENDING', 'FILED', null, ACTOR));
        for (let index = random.int(0, 2); index > 0; index--) {
          const activityDate = date(random, 2025, 2026);
          const late = random.chance(0.15);
          const reportedAt = new Date(`${activityDate}T09:00:00+08:00`);
          reportedAt.setUTCDate(reportedAt.getUTCDate() + (late ? 1 : -random.int(3, 10)));
          const report = new SocialActivityReport(organization, random.pick(ACTIVITIES), activityDate, reportedAt, ACTOR, late, null);
          report.id = seededId(random);
          em.persist(report);
        }
      }
      count++;
    }
  }
  await em.flush();
  return count;
}

/** A star rating 达标创星 of each village organization for the last three years. */
export async function generateStarRatings(em: EntityManager, villages: DemoVillage[]): Promise<number> {
  let count = 0;
  for (const village of villages) {
    const random = seededRandom(`stars:${village.code}`);
    let stars = random.int(1, 3);
    for (const year of [2023, 2024, 2025]) {
      stars = Math.min(5, Math.max(1, stars + random.int(-1, 1)));
      const rating = new StarRating(village.code, null, year, stars, null, ACTOR);
      rating.id = seededId(random);
      em.persist(rating);
      count++;
    }
  }
  await em.flush();
  return count;
}

/**
 * Weak-organization cases 软弱涣散 in every state, about one village in fifteen, with their
 * approved one-village-one-plan items and the transitions that led there.
 */
export async function generateWeakOrganizationCases(em: EntityManager, villages: DemoVillage[]): Promise<number> {
  let count = 0;
  for (const village of villages.filter((candidate) => candidate.settlement !== 'URBAN')) {
    const random = seededRandom(`weak:${village.code}`);
    if (!random.chance(1 / 15)) continue;
    const target = random.pick(STATES);
    const designatedAt = date(random, 2024, 2025);
    const reasons = WEAK_REASONS.filter(() => random.chance(0.3));
    const weakCase = new WeakOrganizationCase(village.code, reasons.length ? [...reasons] : ['SECRETARY_VACANT'], random.chance(0.22) ? 'CITY_B' : 'COUNTY_C', chineseName(random), designatedAt);
    weakCase.id = seededId(random);
    em.persist(weakCase);
    em.persist(new CaseTransition(weakCase, 'DESIGNATE', null, 'DESIGNATED', ACTOR));
    if (target !== 'DESIGNATED') {
      const plan = new RectificationPlan(weakCase, 1);
      plan.id = seededId(random);
      plan.state = 'APPROVED';
      plan.proposedAt = designatedAt;
      plan.approvedAt = designatedAt;
      plan.approvedBy = ACTOR;
      plan.remedies = ['SOFTNESS', 'LAXITY'];
      em.persist(plan);
      const done = target === 'CLOSED' || target === 'CONSOLIDATING';
      PROBLEMS.filter(() => random.chance(0.6)).forEach(([problem, measure, owner], index) => {
        const item = new RectificationItem(plan, index + 1);
        item.id = seededId(random);
        Object.assign(item, { problem, measure, responsiblePerson: owner, deadline: date(random, 2025, 2026) });
        // Some open items of rectifying villages are past their deadline: the overdue list.
        if (done || random.chance(0.4)) Object.assign(item, { doneAt: item.deadline, doneBy: ACTOR });
        em.persist(item);
      });
      let from: WeakOrganizationCase['state'] = 'DESIGNATED';
      for (const [to, action] of PATH[target]) {
        em.persist(new CaseTransition(weakCase, action as CaseTransition['action'], from, to, ACTOR));
        from = to;
      }
      weakCase.state = target;
      if (done) weakCase.closedAt = date(random, 2025, 2026);
    }
    count++;
  }
  await em.flush();
  return count;
}
