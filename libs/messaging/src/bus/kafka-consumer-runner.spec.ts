import { type Consumer, type ConsumerRunConfig, type EachMessagePayload, type Kafka } from 'kafkajs';
import { silentLogger } from '../support/messaging-logger';
import { KafkaConsumerRunner } from './kafka-consumer-runner';
import { type IncomingMessage } from './message-bus';

type CrashListener = (event: { payload: { error: Error; groupId: string; restart: boolean } }) => void;

// Just the consumer surface the runner uses, recording what it was asked to do.
class FakeConsumer {
  readonly events = { CRASH: 'consumer.crash' };
  crash: CrashListener | null = null;
  eachMessage: ConsumerRunConfig['eachMessage'];
  commits: { topic: string; partition: number; offset: string }[] = [];
  disconnected = false;

  on(_event: string, listener: CrashListener) {
    this.crash = listener;
  }
  async connect() {}
  async subscribe() {}
  async run(config: ConsumerRunConfig) {
    this.eachMessage = config.eachMessage;
  }
  async commitOffsets(offsets: { topic: string; partition: number; offset: string }[]) {
    this.commits.push(...offsets);
  }
  async disconnect() {
    this.disconnected = true;
  }
}

const payload = (offset: string): EachMessagePayload =>
  ({
    topic: 'p.personnel.events',
    partition: 2,
    message: { offset, key: Buffer.from('421181111229'), value: Buffer.from('{}'), headers: { 'event-id': Buffer.from('e1') } },
    heartbeat: async () => undefined,
    pause: () => () => undefined,
  }) as unknown as EachMessagePayload;

describe(KafkaConsumerRunner.name, () => {
  let consumers: FakeConsumer[];
  let received: IncomingMessage[];
  let failNext: boolean;
  let sut: KafkaConsumerRunner;

  beforeEach(async () => {
    consumers = [];
    received = [];
    failNext = false;
    const kafka = {
      consumer: () => {
        const consumer = new FakeConsumer();
        consumers.push(consumer);
        return consumer as unknown as Consumer;
      },
    } as unknown as Kafka;
    sut = new KafkaConsumerRunner(
      kafka,
      {
        groupId: 'p.group',
        topics: ['p.personnel.events'],
        fromBeginning: true,
        logicalTopic: (topic) => topic.replace(/^p\./, ''),
        handle: async (message) => {
          if (failNext) throw new Error('not applied');
          received.push(message);
        },
      },
      silentLogger,
    );
    await sut.start();
  });

  afterEach(() => sut.stop());

  it('hands over the message with its logical topic, then commits the next offset', async () => {
    await consumers[0].eachMessage?.(payload('41'));
    expect(received[0]).toMatchObject({ topic: 'personnel.events', partition: 2, offset: '41', key: '421181111229', headers: { 'event-id': 'e1' } });
    expect(consumers[0].commits).toEqual([{ topic: 'p.personnel.events', partition: 2, offset: '42' }]);
  });

  it('commits nothing when the handler fails, so the message comes again', async () => {
    failNext = true;
    await expect(consumers[0].eachMessage?.(payload('41'))).rejects.toThrow('not applied');
    expect(consumers[0].commits).toEqual([]);
  });

  it('leaves a retriable crash to kafkajs and rebuilds the consumer after any other', async () => {
    consumers[0].crash?.({ payload: { error: new Error('retriable'), groupId: 'p.group', restart: true } });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(consumers).toHaveLength(1);

    consumers[0].crash?.({ payload: { error: new Error('fatal'), groupId: 'p.group', restart: false } });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(consumers).toHaveLength(2);
    expect(consumers[0].disconnected).toBe(true);
    expect(consumers[1].eachMessage).toBeDefined();
  });
});
