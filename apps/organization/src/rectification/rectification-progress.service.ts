import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, parseId, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { caseStateAfter } from './case-state.util';
import { CaseTransitionRepository } from './case-transition.repository';
import { isoWeekOf } from './iso-week.util';
import { requireCaseReader, requireTownshipWorker } from './rectification-access';
import { flushOrConflict } from './rectification-flush';
import { notInFuture, optionalText, requiredText } from './rectification-input.util';
import { type RectificationItem } from './rectification-item.entity';
import { type OverdueVillage, RectificationItemRepository } from './rectification-item.repository';
import { RectificationPlanRepository } from './rectification-plan.repository';
import { RectificationProgressReport } from './rectification-progress-report.entity';
import { RectificationProgressReportRepository } from './rectification-progress-report.repository';
import { type WeakOrganizationCase } from './weak-organization-case.entity';
import { WeakOrganizationCaseRepository } from './weak-organization-case.repository';

export type ReportProgressInput = { caseId: string; week: string; text: string; itemIdsDone?: string[] | null };

const weekTaken = (caseId: string, week: string, id?: string) =>
  new DomainError('CONFLICT', `case ${caseId} already has its progress report for ${week}${id ? ` (${id})` : ''}: one report per week`, {
    field: 'week',
    ...(id ? { reportId: id } : {}),
  });

/** Weekly reports 周报, items done, and the list of villages behind their deadlines. */
@Injectable()
export class RectificationProgressService {
  constructor(
    private readonly cases: WeakOrganizationCaseRepository,
    private readonly plans: RectificationPlanRepository,
    private readonly items: RectificationItemRepository,
    private readonly reports: RectificationProgressReportRepository,
    private readonly transitions: CaseTransitionRepository,
    private readonly em: EntityManager,
  ) {}

  reportsOf(caller: Caller, caseId: string, page: PageRequest): Promise<Page<RectificationProgressReport>> {
    requireCaseReader(caller);
    return this.reports.page(caller.scope, { weakCase: parseId(caseId, 'caseId') }, page, { weekStart: 'desc', id: 'asc' });
  }

  /** Villages with open items past their deadline on `asOf` (default today), most overdue first. */
  overdueVillages(
    caller: Caller,
    within: string | null | undefined,
    asOf: string | null | undefined,
    page: PageRequest,
    today = shanghaiDate(),
  ): Promise<Page<OverdueVillage>> {
    requireCaseReader(caller);
    const scope = caller.scope.narrowTo(within);
    return this.items.overdueVillages(scope, asOf ?? today, page);
  }

  /** The weekly report of a case while it is rectifying or consolidating; may mark plan items done. */
  async report(caller: Caller, input: ReportProgressInput, today = shanghaiDate()): Promise<RectificationProgressReport> {
    requireTownshipWorker(caller, 'Reporting rectification progress');
    const { week, monday } = isoWeekOf(input.week);
    if (monday > today) throw new DomainError('BAD_USER_INPUT', `week ${week} has not started yet: report for this week or an earlier one`, { field: 'week' });
    const text = requiredText(input.text, 'text', 4000);
    const itemIds = (input.itemIdsDone ?? []).map((id, index) => parseId(id, `itemIdsDone[${index}]`));
    if (new Set(itemIds).size !== itemIds.length) throw new DomainError('BAD_USER_INPUT', 'itemIdsDone lists an item twice', { field: 'itemIdsDone' });
    const weakCase = await this.cases.findOneOrFail(caller.scope, { id: parseId(input.caseId, 'caseId') }, input.caseId);
    caseStateAfter(weakCase.state, 'REPORT_PROGRESS');
    if (monday < isoWeekOf(weakCase.designatedAt).monday) {
      throw new DomainError('BAD_USER_INPUT', `week ${week} is before the village was designated on ${weakCase.designatedAt}`, { field: 'week' });
    }
    const existing = await this.reports.findOne(caller.scope, { weakCase: weakCase.id, week });
    if (existing) throw weekTaken(weakCase.id, week, existing.id);
    const done = itemIds.length ? await this.openItems(caller, weakCase, itemIds) : [];
    const report = this.reports.add(caller.scope, new RectificationProgressReport(weakCase, week, monday, text, caller.subject));
    report.reportedByName = caller.name?.slice(0, 50) ?? null;
    report.completedItemIds = itemIds;
    for (const item of done) this.complete(caller, weakCase, item, today, `reported in ${week}`);
    await flushOrConflict(this.em, () => weekTaken(weakCase.id, week));
    return report;
  }

  /** Marks one item of the plan in force done while the case is rectifying. */
  async markItemDone(caller: Caller, itemId: string, doneOn?: string | null, note?: string | null, today = shanghaiDate()): Promise<RectificationItem> {
    requireTownshipWorker(caller, 'Marking a rectification item done');
    const text = optionalText(note, 'note', 1000);
    const item = await this.items.findOneOrFail(caller.scope, { id: parseId(itemId, 'itemId') }, itemId);
    const plan = await this.plans.findOneOrFail(caller.scope, { id: item.plan.id }, item.plan.id);
    const weakCase = await this.cases.findOneOrFail(caller.scope, { id: plan.weakCase.id }, plan.weakCase.id);
    const [open] = await this.openItems(caller, weakCase, [item.id]);
    const date = notInFuture(doneOn ?? today, 'doneOn', today);
    if (plan.approvedAt && date < plan.approvedAt) {
      throw new DomainError('BAD_USER_INPUT', `doneOn ${date} is before the plan was approved on ${plan.approvedAt}`, { field: 'doneOn' });
    }
    this.complete(caller, weakCase, open, date, text);
    await flushOrConflict(this.em, () => new DomainError('CONFLICT', 'the item changed while you were acting on it: reload it and try again'));
    return open;
  }

  // The items, all on the case's plan in force and not yet done, while the case is rectifying.
  private async openItems(caller: Caller, weakCase: WeakOrganizationCase, ids: string[]): Promise<RectificationItem[]> {
    caseStateAfter(weakCase.state, 'COMPLETE_ITEM');
    const found = await this.items.find(caller.scope, { id: { $in: ids }, plan: { weakCase: weakCase.id, round: weakCase.round } });
    const missing = ids.find((id) => !found.some((item) => item.id === id));
    if (missing) {
      throw new DomainError('BAD_USER_INPUT', `item ${missing} is not on the plan in force of case ${weakCase.id}`, { field: 'itemIds', itemId: missing });
    }
    const finished = found.find((item) => item.doneAt !== null);
    if (finished) {
      throw new DomainError('CONFLICT', `item ${finished.position} "${finished.problem ?? ''}" was already done on ${finished.doneAt}`, { itemId: finished.id });
    }
    return ids.map((id) => found.find((item) => item.id === id) as RectificationItem);
  }

  private complete(caller: Caller, weakCase: WeakOrganizationCase, item: RectificationItem, doneOn: string, note: string | null): void {
    item.doneAt = doneOn;
    item.doneBy = caller.subject;
    this.transitions.record(caller, weakCase, { action: 'COMPLETE_ITEM', from: weakCase.state, to: weakCase.state, itemId: item.id, note });
  }
}

