import { BigIntType, Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { DOMAIN_TOPICS, defineEvent } from '@grassroots/contracts';

// Small stand-ins for a producing service's state and a consuming service's projection.

export type TestItemChanged = { itemId: string; n: number };

export const testItemChanged = defineEvent<TestItemChanged>({
  name: 'personnel.test-item.changed',
  version: 1,
  topic: DOMAIN_TOPICS.personnel,
  source: 'personnel',
});

@Entity({ tableName: 'test_item' })
export class TestItem {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'integer' })
  n: number;

  constructor(id: string, regionCode: string, n: number) {
    this.id = id;
    this.regionCode = regionCode;
    this.n = n;
  }
}

// No unique key on purpose: a second application of one event must be visible, not refused.
@Entity({ tableName: 'test_applied' })
export class TestApplied {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  seq!: Opt<number>;

  @Property({ type: 'uuid' })
  eventId: string;

  @Property({ type: 'varchar', length: 12 })
  subject: string;

  @Property({ type: 'integer' })
  n: number;

  constructor(eventId: string, subject: string, n: number) {
    this.eventId = eventId;
    this.subject = subject;
    this.n = n;
  }
}
