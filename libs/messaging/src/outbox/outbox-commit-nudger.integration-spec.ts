import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../testing/messaging-test-kit';
import { TestItem, testItemChanged } from '../testing/test-entities';
import { OutboxCommitNudger } from './outbox-commit-nudger';
import { stageEvent } from './stage-event';

const VILLAGE = '421181111229';

describe('waking the relay when outbox rows commit (PostgreSQL)', () => {
  let db: TestDatabase;
  let nudges = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    db.orm.em.getEventManager().registerSubscriber(new OutboxCommitNudger(() => nudges++));
  });
  afterAll(() => db?.close());
  beforeEach(() => (nudges = 0));

  const change = (em: typeof db.orm.em, withEvent: boolean) => {
    const item = new TestItem(randomUUID(), VILLAGE, 1);
    em.persist(item);
    if (withEvent) stageEvent(em, testItemChanged.create(VILLAGE, { itemId: item.id, n: 1 }));
  };

  it('nudges once after a flush that wrote an event commits', async () => {
    const em = db.orm.em.fork();
    change(em, true);
    await em.flush();
    expect(nudges).toBe(1);
  });

  it('nudges once after an explicit transaction with events commits, not before', async () => {
    await db.orm.em.fork().transactional(async (tx) => {
      change(tx, true);
      change(tx, true);
      await tx.flush();
      expect(nudges).toBe(0);
    });
    expect(nudges).toBe(1);
  });

  it('does not nudge for a transaction without events, nor for one rolled back', async () => {
    const em = db.orm.em.fork();
    change(em, false);
    await em.flush();
    await expect(
      db.orm.em.fork().transactional(async (tx) => {
        change(tx, true);
        await tx.flush();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    change(em, false);
    await em.flush();
    expect(nudges).toBe(0);
  });
});
