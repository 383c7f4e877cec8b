/**
 * The one error shape the model returns for bad input or an impossible build: the input
 * field it concerns, the offending value, and what is allowed. Never thrown; returned.
 */
export interface ModelError {
  /** Dotted path of the input field, e.g. "topology.tiers" or "cluster.acceleratorCount". */
  path: string;
  /** Short rendering of the value, e.g. "100000". */
  value: string;
  /** What went wrong and what is allowed, e.g. "needs 4 tiers at radix 64; at most 3 tiers allowed". */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ModelError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (path: string, value: unknown, message: string): { ok: false; error: ModelError } => ({
  ok: false,
  error: { path, value: String(value), message },
});
