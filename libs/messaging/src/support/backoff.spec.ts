import { WakeableSleep, backoffDelay } from './backoff';

describe(backoffDelay.name, () => {
  it('doubles from the initial delay and stops at the cap', () => {
    const policy = { initialDelayMs: 200, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, policy))).toEqual([200, 400, 800, 1000, 1000]);
  });
});

describe(WakeableSleep.name, () => {
  it('sleeps the full time when nobody wakes it', async () => {
    const sut = new WakeableSleep();
    const started = Date.now();
    await sut.sleep(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('ends a sleep early on wake', async () => {
    const sut = new WakeableSleep();
    const started = Date.now();
    const sleeping = sut.sleep(5_000);
    sut.wake();
    await sleeping;
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('remembers a wake that came between sleeps', async () => {
    const sut = new WakeableSleep();
    sut.wake();
    const started = Date.now();
    await sut.sleep(5_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
