import argon2 from 'argon2';
import { DomainError } from '../common/domain-error.js';

/**
 * argon2id with the library's recommended cost (m=64 MiB, t=3, p=4). Unbounded: for boot-time
 * work (the administrator and demo accounts) and test fixtures. Requests go through
 * `PasswordHasher`, which bounds how many hashes run at once.
 */
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

/**
 * The hash of a random secret nobody knows, with the same parameters as real hashes: a login
 * for an address without an account verifies against it, so it costs exactly what a wrong
 * password for a real account costs and timing does not reveal which addresses exist.
 */
const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$c/HRZEml3/D3Q3xElmneQw$PlgdzctTTDpoElnn+ISv5kBYIeAhdG0Usbo8jFLrgxI';

/** Seconds a refused login is told to wait before trying again. */
const BUSY_RETRY_SECONDS = 2;

export interface PasswordHasherOptions {
  /** Hashes running at once (about the number of cores). */
  concurrency: number;
  /** Hashes that may wait for a free slot; one more is refused with 429 `too_busy`. */
  maxQueue: number;
  /** A hash that waited this long (default 3 s) is refused too, so every login answers within a bounded time. */
  maxWaitMs?: number;
}

interface Waiting {
  start: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Runs argon2 with bounded concurrency. 64 logins at once used to start 64 hashes of 64 MiB
 * each: every one of them slowed down, and with them the whole process (health checks took
 * seconds). Now at most `concurrency` run, up to `maxQueue` wait their turn (first come, first
 * served), and anything beyond is answered at once with 429 and Retry-After.
 */
export class PasswordHasher {
  private active = 0;
  private readonly waiting: Waiting[] = [];
  private readonly maxWaitMs: number;
  /** Counters for tests, metrics and the benchmark. */
  readonly stats = { hashed: 0, refused: 0, maxActive: 0, maxWaiting: 0 };

  constructor(private readonly options: PasswordHasherOptions) {
    this.maxWaitMs = options.maxWaitMs ?? 3_000;
  }

  hash(password: string): Promise<string> {
    return this.run(() => argon2.hash(password, { type: argon2.argon2id }));
  }

  /** False for a wrong password and for no account at all (`hash` null), at the same cost. */
  verify(hash: string | null, password: string): Promise<boolean> {
    return this.run(async () => {
      try {
        const matches = await argon2.verify(hash ?? DUMMY_HASH, password);
        return hash !== null && matches;
      } catch {
        return false;
      }
    });
  }

  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  private async run<T>(task: () => Promise<T>): Promise<T> {
    await this.slot();
    try {
      return await task();
    } finally {
      this.stats.hashed++;
      this.release();
    }
  }

  private slot(): Promise<void> {
    if (this.active < this.options.concurrency) {
      this.active++;
      this.stats.maxActive = Math.max(this.stats.maxActive, this.active);
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.maxQueue) {
      this.stats.refused++;
      return Promise.reject(busy());
    }
    return new Promise<void>((resolve, reject) => {
      const entry: Waiting = {
        start: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(entry);
          if (index >= 0) this.waiting.splice(index, 1);
          this.stats.refused++;
          reject(busy());
        }, this.maxWaitMs),
      };
      this.waiting.push(entry);
      this.stats.maxWaiting = Math.max(this.stats.maxWaiting, this.waiting.length);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next in line (active stays the same).
    if (next) next.start();
    else this.active--;
  }
}

function busy(): DomainError {
  return new DomainError('too_busy', undefined, { retryAfterSeconds: BUSY_RETRY_SECONDS }, { 'Retry-After': String(BUSY_RETRY_SECONDS) });
}
