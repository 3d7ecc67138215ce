import type * as Y from 'yjs';

/** Types for the benchmark's simulated browser (bench-client.mjs), used by the end-to-end tests. */
export declare class BenchClient {
  constructor(options: { url: string; headers?: Record<string, string>; onApplied?: (client: BenchClient) => void; applyAwareness?: boolean; sendTypedOnly?: boolean });
  readonly doc: Y.Doc;
  readonly opened: Promise<void>;
  synced: boolean;
  closed: boolean;
  type(char: string): void;
  moveCursor(position: number): void;
  clockOf(clientId: number): number;
  close(): void;
}
