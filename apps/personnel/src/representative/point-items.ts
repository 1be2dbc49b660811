// Reference data of the villagers' representatives' points system 村民代表积分量化管理.
// The sources name "8条负面清单" and "4类加分情形" without listing them: these twelve are our
// own plausible reading (to be confirmed with the county civil-affairs bureau). Codes are
// stable identifiers stored with every change; names and default points may be revised.
export type PointItemKind = 'DEDUCTION' | 'BONUS';

export type PointItem = {
  readonly code: string;
  /** Chinese name as the county's rules would word it. */
  readonly name: string;
  readonly kind: PointItemKind;
  /** Points applied when none are given: negative for a deduction, positive for a bonus. */
  readonly defaultPoints: number;
};

export const POINT_ITEMS: readonly PointItem[] = [
  { code: 'ABSENT_FROM_MEETING', name: '无故缺席村民代表会议', kind: 'DEDUCTION', defaultPoints: -5 },
  { code: 'NOT_LIAISING_HOUSEHOLDS', name: '未履行联系农户、收集反映民意职责', kind: 'DEDUCTION', defaultPoints: -5 },
  { code: 'BREAKING_RESOLUTION', name: '不执行或带头违反村民代表会议决议', kind: 'DEDUCTION', defaultPoints: -10 },
  { code: 'SEEKING_PRIVATE_GAIN', name: '利用村民代表身份谋取私利', kind: 'DEDUCTION', defaultPoints: -10 },
  { code: 'IRREGULAR_PETITIONING', name: '组织或参与越级上访、缠访闹访', kind: 'DEDUCTION', defaultPoints: -10 },
  { code: 'SPREADING_RUMOURS', name: '散布不当言论、传播谣言', kind: 'DEDUCTION', defaultPoints: -10 },
  { code: 'ILLEGAL_LAND_USE', name: '违规建房、违法占地', kind: 'DEDUCTION', defaultPoints: -10 },
  { code: 'BREAKING_VILLAGE_RULES', name: '违反村规民约、大操大办等陈规陋习', kind: 'DEDUCTION', defaultPoints: -5 },
  { code: 'OUTSTANDING_IN_KEY_WORK', name: '在村级重点工作、急难险重任务中表现突出', kind: 'BONUS', defaultPoints: 5 },
  { code: 'RESOLVING_DISPUTES', name: '主动化解矛盾纠纷、维护稳定', kind: 'BONUS', defaultPoints: 5 },
  { code: 'SUGGESTION_ADOPTED', name: '提出合理化建议被采纳', kind: 'BONUS', defaultPoints: 3 },
  { code: 'COMMENDED', name: '受到乡镇级以上表彰或好人好事被通报表扬', kind: 'BONUS', defaultPoints: 10 },
];


const BY_CODE = new Map(POINT_ITEMS.map((item) => [item.code, item]));

export function pointItemByCode(code: string): PointItem | undefined {
  return BY_CODE.get(code);
}
