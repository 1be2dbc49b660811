import { type EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type EventEnvelope } from '@grassroots/contracts';
import { stageEvent } from '@grassroots/messaging';

/**
 * How a service publishes: stage the event in the same unit of work as the state change; the
 * flush commits both, and the relay sends the event after commit.
 */
@Injectable()
export class EventOutbox {
  stage(em: EntityManager, envelope: EventEnvelope<unknown>): void {
    stageEvent(em, envelope);
  }
}
