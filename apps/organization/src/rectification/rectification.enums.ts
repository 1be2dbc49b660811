import { registerEnumType } from '@nestjs/graphql';
import { CASE_ACTIONS, WEAK_ORGANIZATION_STATES } from './case-state.util';
import { PLAN_STATES } from './plan-state.util';
import { CONTACT_LEVELS, EIGHT_REMEDIES, PLAN_ITEM_PARTS, WEAK_ORGANIZATION_REASONS } from './rectification.types';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const WeakOrganizationReasonEnum = enumOf(WEAK_ORGANIZATION_REASONS);
registerEnumType(WeakOrganizationReasonEnum, {
  name: 'WeakOrganizationReason',
  description: '软弱涣散原因 (why a village party organization is designated weak and slack)',
  valuesMap: {
    SECRETARY_VACANT: { description: '书记长期空缺 (the secretary post has long been vacant)' },
    CLAN_INTERFERENCE: { description: '宗族宗派干扰 (clan or faction interference)' },
    HISTORICAL_PROBLEMS: { description: '历史遗留问题多 (many unresolved historical problems)' },
    ELECTION_RISK: { description: '换届风险 (risk at the election of the two committees)' },
    EMPTY_COLLECTIVE_ECONOMY: { description: '集体经济空壳 (the collective economy is empty)' },
    WEAK_COHESION: { description: '班子不团结 (the leadership is divided)' },
    POOR_SERVICE: { description: '服务群众意识差 (little will to serve the residents)' },
    OTHER: { description: '其他 (another reason, described in otherReason)' },
  },
});

export const ContactLevelEnum = enumOf(CONTACT_LEVELS);
registerEnumType(ContactLevelEnum, {
  name: 'WeakOrganizationContactLevel',
  description: '重点联系层级 (which level keeps the village as a key contact village, with weekly reports)',
  valuesMap: {
    CITY_B: { description: '市级重点联系(B类) (city-level key contact village, class B)' },
    COUNTY_C: { description: '县级重点联系(C类) (county-level key contact village, class C)' },
  },
});

export const WeakOrganizationStateEnum = enumOf(WEAK_ORGANIZATION_STATES);
registerEnumType(WeakOrganizationStateEnum, {
  name: 'WeakOrganizationState',
  description: '整顿状态 (state of a case: DESIGNATED → PLAN_APPROVED → RECTIFYING → CLOSED → CONSOLIDATING; a relapse reopens it at DESIGNATED)',
  valuesMap: {
    DESIGNATED: { description: '已认定 (designated; the plan is being drawn up and approved)' },
    PLAN_APPROVED: { description: '方案已批准 (the one-village-one-plan is approved)' },
    RECTIFYING: { description: '整顿中 (rectification under way)' },
    CLOSED: { description: '已销号 (closed out: every item done and signed off)' },
    CONSOLIDATING: { description: '巩固提升 (consolidation after close-out)' },
  },
});

export const PlanStateEnum = enumOf(PLAN_STATES);
registerEnumType(PlanStateEnum, {
  name: 'WeakOrganizationPlanState',
  description: '一村一策审批状态 (approval state of a plan: DRAFT → PROPOSED → REVIEWED → APPROVED, or RETURNED for correction)',
  valuesMap: {
    DRAFT: { description: '草拟 (draft, editable)' },
    PROPOSED: { description: '乡镇党委提出 (proposed by the township committee, awaiting the representatives)' },
    REVIEWED: { description: '村民代表审议 (passed by the villagers’ representatives, awaiting the county)' },
    APPROVED: { description: '县委组织部审定 (assessed and signed off by the county organization department)' },
    RETURNED: { description: '退回 (sent back for correction; saving a correction makes it a draft again)' },
  },
});

export const EightRemedyEnum = enumOf(EIGHT_REMEDIES);
registerEnumType(EightRemedyEnum, {
  name: 'EightRemedy',
  description: '八治 (the eight remedies the county assesses a plan’s measures against)',
  valuesMap: {
    GRAFT: { description: '严惩腐败治贪 (punish corruption: against graft)' },
    FALSITY: { description: '改进作风治假 (improve conduct: against falsity)' },
    SLOTH: { description: '考准实绩治懒 (assess real results: against sloth)' },
    MEDIOCRITY: { description: '提质增效治庸 (raise quality: against mediocrity)' },
    SOFTNESS: { description: '配强班子治软 (strengthen the leadership: against softness)' },
    POVERTY: { description: '发展经济治穷 (develop the economy: against poverty)' },
    DISORDER: { description: '维护稳定治乱 (keep stability: against disorder)' },
    LAXITY: { description: '完善制度治散 (complete the rules: against laxity)' },
  },
});

export const PlanItemPartEnum = enumOf(PLAN_ITEM_PARTS);
registerEnumType(PlanItemPartEnum, {
  name: 'WeakOrganizationPlanItemPart',
  description: '整改事项要素 (a part every plan item needs: 三个不放过)',
  valuesMap: {
    PROBLEM: { description: '存在问题 (the problem, precisely found)' },
    MEASURE: { description: '整改措施 (a specific, workable measure)' },
    RESPONSIBLE_PERSON: { description: '整改责任人 (the person responsible)' },
    DEADLINE: { description: '整改时限 (the deadline)' },
  },
});

export const CaseActionEnum = enumOf(CASE_ACTIONS);
registerEnumType(CaseActionEnum, {
  name: 'WeakOrganizationCaseAction',
  description: '整顿台账操作 (a step recorded in a case’s ledger)',
  valuesMap: {
    DESIGNATE: { description: '认定 (designated weak)' },
    SAVE_PLAN: { description: '草拟方案 (plan drafted, or corrected after return)' },
    PROPOSE_PLAN: { description: '乡镇党委提出方案 (plan proposed by the township committee)' },
    REVIEW_PLAN: { description: '村民代表审议 (villagers’ representatives reviewed the plan)' },
    RETURN_PLAN: { description: '退回方案 (plan sent back by the county)' },
    APPROVE_PLAN: { description: '县委组织部审定 (plan approved by the county organization department)' },
    START_RECTIFICATION: { description: '启动整顿 (rectification started)' },
    COMPLETE_ITEM: { description: '整改事项完成 (a plan item done)' },
    CLOSE: { description: '销号 (closed out)' },
    START_CONSOLIDATION: { description: '巩固提升 (consolidation started)' },
    RELAPSE: { description: '反复回潮 (relapsed; the case reopens)' },
  },
});
