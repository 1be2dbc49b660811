export type BackoffPolicy = {
  initialDelayMs: number;
  maxDelayMs: number;
};

/** Delay before retry number `attempt` (1-based): initial, 2×, 4×... capped. */
export function backoffDelay(attempt: number, policy: BackoffPolicy): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** exponent);
}

/**
 * A sleep that another caller can cut short: the relay's poll wait ends on `nudge()`, every
 * wait ends on `stop()`.
 */
export class WakeableSleep {
  private wakeCurrent: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private pendingWake = false;

  /** Resolves after `ms`, or at once if woken (now or since the last sleep). */
  sleep(ms: number): Promise<void> {
    if (this.pendingWake) {
      this.pendingWake = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.wakeCurrent = resolve;
      this.timer = setTimeout(() => this.finish(), ms);
    });
  }

  wake(): void {
    if (this.wakeCurrent) this.finish();
    else this.pendingWake = true;
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    const resolve = this.wakeCurrent;
    this.timer = null;
    this.wakeCurrent = null;
    resolve?.();
  }
}
