import { type EventArgs, type EventSubscriber, type TransactionEventArgs } from '@mikro-orm/postgresql';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Wakes the relay when a transaction that wrote outbox rows commits, so an event leaves within
 * milliseconds instead of at the next poll. Only a hint: a nudge that comes early (another
 * transaction committed first) or not at all leaves the row to the next poll, never lost.
 */
export class OutboxCommitNudger implements EventSubscriber {
  private staged = false;

  constructor(private readonly nudge: () => void) {}

  afterCreate(args: EventArgs<object>): void {
    if (args.entity instanceof OutboxMessage) this.staged = true;
  }

  afterTransactionCommit(_args: TransactionEventArgs): void {
    if (!this.staged) return;
    this.staged = false;
    this.nudge();
  }

  afterTransactionRollback(_args: TransactionEventArgs): void {
    this.staged = false;
  }
}
