import { type IncomingMessage, type MessageHeaders, type OutgoingMessage } from '../bus/message-bus';
import { errorMessage } from '../support/messaging-logger';

export type DeadLetterReason = 'unreadable' | 'handler-failed';

// Headers added to a parked message; the original headers are kept beside them.
export const DEAD_LETTER_HEADERS = {
  reason: 'dlq-reason',
  error: 'dlq-error',
  errorName: 'dlq-error-name',
  attempts: 'dlq-attempts',
  consumerGroup: 'dlq-consumer-group',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  failedAt: 'dlq-failed-at',
} as const;

const ERROR_MAX = 2_000;

/** The original message, unchanged, with why and where it failed in headers. */
export function deadLetterMessage(
  dlqTopic: string,
  message: IncomingMessage,
  failure: { reason: DeadLetterReason; error: unknown; attempts: number; consumerGroup: string; failedAt?: Date },
): OutgoingMessage {
  const headers: MessageHeaders = {
    ...message.headers,
    [DEAD_LETTER_HEADERS.reason]: failure.reason,
    [DEAD_LETTER_HEADERS.error]: errorMessage(failure.error).slice(0, ERROR_MAX),
    [DEAD_LETTER_HEADERS.errorName]: failure.error instanceof Error ? failure.error.name : typeof failure.error,
    [DEAD_LETTER_HEADERS.attempts]: String(failure.attempts),
    [DEAD_LETTER_HEADERS.consumerGroup]: failure.consumerGroup,
    [DEAD_LETTER_HEADERS.originalTopic]: message.topic,
    [DEAD_LETTER_HEADERS.originalPartition]: String(message.partition),
    [DEAD_LETTER_HEADERS.originalOffset]: message.offset,
    [DEAD_LETTER_HEADERS.failedAt]: (failure.failedAt ?? new Date()).toISOString(),
  };
  return { topic: dlqTopic, key: message.key, value: message.value, headers };
}
