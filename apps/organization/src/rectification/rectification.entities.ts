import { type EntityClass } from '@mikro-orm/postgresql';
import { CaseTransition } from './case-transition.entity';
import { RectificationItem } from './rectification-item.entity';
import { RectificationPlan } from './rectification-plan.entity';
import { RectificationProgressReport } from './rectification-progress-report.entity';
import { WeakOrganizationCase } from './weak-organization-case.entity';

/** The rectification tables, registered in the organization subgraph's ORM (see ../orm.ts). */
export const RECTIFICATION_ENTITIES: EntityClass<object>[] = [
  WeakOrganizationCase,
  RectificationPlan,
  RectificationItem,
  RectificationProgressReport,
  CaseTransition,
];
