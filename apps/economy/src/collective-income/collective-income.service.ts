import { type FilterQuery, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, isUuid, parseId, parseRegionCode, regionLevelOf, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { CollectiveIncome } from './collective-income.entity';
import { CollectiveIncomeRepository } from './collective-income.repository';
import { amountRangeOfClass, type IncomeClass } from './income-class.util';
import { parseIncomeYear } from './income-year.util';

export type RecordCollectiveIncome = {
  regionCode: string;
  year: number;
  /** Fen. */
  amount: number;
};

export type CollectiveIncomeFilter = { within?: string | null; year?: number | null; incomeClass?: IncomeClass | null };

const RECORDERS = ['agriculture', 'township-officer'] as const;

function assertAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new DomainError('BAD_USER_INPUT', 'amount must be 0.00 yuan or more (0.00 marks an empty village 空白村)', { field: 'amount' });
  }
}

function alreadyRecorded(regionCode: string, year: number, id?: string): DomainError {
  return new DomainError(
    'CONFLICT',
    `the collective income of village ${regionCode} for ${year} is already recorded${id ? ` (id ${id})` : ''}: ` +
      'use correctCollectiveIncome to change its amount',
    { field: 'year', ...(id ? { id } : {}) },
  );
}

@Injectable()
export class CollectiveIncomeService {
  constructor(private readonly incomes: CollectiveIncomeRepository) {}

  get(caller: Caller, id: string): Promise<CollectiveIncome> {
    return this.incomes.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  /** Batch read for entity references; unknown, malformed and out-of-scope ids are left out. */
  getMany(caller: Caller, ids: readonly string[]): Promise<CollectiveIncome[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.incomes.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Incomes under `within` (default: the caller's scope), latest year first, then by village. */
  list(caller: Caller, filter: CollectiveIncomeFilter, page: PageRequest): Promise<Page<CollectiveIncome>> {
    const scope = caller.scope.narrowTo(filter.within);
    const where: FilterQuery<CollectiveIncome> = filter.year != null ? { year: filter.year } : {};
    if (filter.incomeClass) {
      const { from, below } = amountRangeOfClass(filter.incomeClass);
      where.amount = below === null ? { $gte: from } : { $gte: from, $lt: below };
    }
    return this.incomes.page(scope, where, page, { year: 'desc', regionCode: 'asc', id: 'asc' });
  }

  /** Records a village's income for a year; a second record of the same year is CONFLICT. */
  async record(caller: Caller, input: RecordCollectiveIncome, today = shanghaiDate()): Promise<CollectiveIncome> {
    requireRole(caller, 'Recording collective income', ...RECORDERS);
    const regionCode = parseRegionCode(input.regionCode);
    if (regionLevelOf(regionCode) !== 'VILLAGE') {
      throw new DomainError('BAD_USER_INPUT', `regionCode ${regionCode} is not a village: income is recorded per 12-digit village code`, {
        field: 'regionCode',
      });
    }
    caller.scope.assertCovers(regionCode, 'village');
    const year = parseIncomeYear(input.year, today);
    assertAmount(input.amount);
    const existing = await this.incomes.findOne(caller.scope, { regionCode, year });
    if (existing) throw alreadyRecorded(regionCode, year, existing.id);
    const income = this.incomes.add(caller.scope, new CollectiveIncome(regionCode, year, input.amount, today));
    try {
      await this.incomes.flush();
    } catch (error) {
      // Two recorders of the same village and year at once: the unique constraint decides.
      if (error instanceof UniqueConstraintViolationException) throw alreadyRecorded(regionCode, year);
      throw error;
    }
    return income;
  }

  /** Corrects the amount of a recorded income. */
  async correct(caller: Caller, id: string, amount: number, today = shanghaiDate()): Promise<CollectiveIncome> {
    requireRole(caller, 'Correcting collective income', ...RECORDERS);
    assertAmount(amount);
    const income = await this.get(caller, id);
    income.amount = amount;
    income.correctedAt = today;
    await this.incomes.flush();
    return income;
  }
}
