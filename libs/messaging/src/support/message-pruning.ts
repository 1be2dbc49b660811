import { type EntityManager } from '@mikro-orm/postgresql';
import { DOMAIN_TOPICS } from '@grassroots/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type MessageRetention = {
  /** Published outbox rows are kept this long, for tracing what was sent; unpublished rows are never pruned. */
  publishedOutboxDays: number;
  /** Inbox rows are kept this long: longer than a topic keeps events, so a redelivery always finds its row. */
  inboxDays: number;
};

export const DEFAULT_MESSAGE_RETENTION: MessageRetention = { publishedOutboxDays: 7, inboxDays: 30 };

/** The longest any domain topic keeps an event: no event older than this can be delivered again. */
export const LONGEST_TOPIC_RETENTION_MS = Math.max(...Object.values(DOMAIN_TOPICS).map((topic) => Number(topic.configs['retention.ms'])));

export type PrunedMessages = { outbox: number; inbox: number };

/**
 * Deletes published outbox rows and inbox rows past their retention, a batch per statement so
 * no long lock is held. Refuses an inbox retention that a redelivered event could outlive:
 * its event would then be applied twice.
 */
export async function pruneMessages(em: EntityManager, retention = DEFAULT_MESSAGE_RETENTION, now = new Date(), batchSize = 10_000): Promise<PrunedMessages> {
  if (retention.inboxDays * DAY_MS <= LONGEST_TOPIC_RETENTION_MS) {
    throw new Error(`inbox retention of ${retention.inboxDays} days must exceed the topics' ${LONGEST_TOPIC_RETENTION_MS / DAY_MS} days, or a redelivered event is applied twice`);
  }
  const connection = em.getConnection();
  const deleteAll = async (sql: string, before: Date): Promise<number> => {
    let total = 0;
    for (;;) {
      const deleted = await connection.execute<{ affectedRows: number }>(sql, [before, batchSize], 'run');
      total += deleted.affectedRows;
      if (deleted.affectedRows < batchSize) return total;
    }
  };
  const outbox = await deleteAll(
    'delete from outbox_message where seq in (select seq from outbox_message where published_at < ? limit ?)',
    new Date(now.getTime() - retention.publishedOutboxDays * DAY_MS),
  );
  const inbox = await deleteAll(
    'delete from inbox_message where (consumer_group, event_id) in (select consumer_group, event_id from inbox_message where received_at < ? limit ?)',
    new Date(now.getTime() - retention.inboxDays * DAY_MS),
  );
  return { outbox, inbox };
}
