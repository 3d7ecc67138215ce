import type { Logger } from 'pino';

/**
 * Work a request starts but does not wait for (e.g. the password-reset mail, so the answer
 * takes as long for an unknown address as for a known one). Failures are logged; shutdown and
 * tests can wait for what is still running.
 */
export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
  ) {}

  start(task: () => Promise<void>): void {
    const run = Promise.resolve()
      .then(task)
      .catch((error: unknown) => {
        this.logger.error({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error), work: this.what }, 'background work failed');
      })
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Resolves when everything started so far has finished. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
