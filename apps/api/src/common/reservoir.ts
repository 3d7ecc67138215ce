/** The most recent N measurements, for percentiles in /health/metrics. */
export class Reservoir {
  private readonly values: Float64Array;
  private next = 0;
  private filled = 0;

  constructor(size: number) {
    this.values = new Float64Array(size);
  }

  record(value: number): void {
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.values.length;
    this.filled = Math.min(this.filled + 1, this.values.length);
  }

  reset(): void {
    this.next = 0;
    this.filled = 0;
  }

  percentiles(): { count: number; p50: number | null; p99: number | null; max: number | null } {
    if (this.filled === 0) return { count: 0, p50: null, p99: null, max: null };
    const sorted = Array.from(this.values.subarray(0, this.filled)).sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
    return { count: this.filled, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? null };
  }
}
