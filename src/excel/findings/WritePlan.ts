import { REQUEST_BUDGET } from '../payloadBudget';

/** What one queued operation costs in the request besides its data: its JSON and object path. */
export const OP_BYTES = 100;

interface Op {
  readonly bytes: number;
  readonly apply: (context: Excel.RequestContext) => void;
}

/**
 * Writes as a list of operations with their estimated request size, cut into as few batches as fit under
 * the budget, in order. Each batch is one round trip; a small report is one batch.
 */
export class WritePlan {
  private readonly ops: Op[] = [];

  add(bytes: number, apply: (context: Excel.RequestContext) => void): void {
    this.ops.push({ bytes: bytes + OP_BYTES, apply });
  }

  get bytes(): number {
    return this.ops.reduce((n, op) => n + op.bytes, 0);
  }

  batches(budget = REQUEST_BUDGET): ((context: Excel.RequestContext) => void)[] {
    const out: Op[][] = [];
    let current: Op[] = [];
    let size = 0;
    for (const op of this.ops) {
      if (current.length > 0 && size + op.bytes > budget) {
        out.push(current);
        current = [];
        size = 0;
      }
      current.push(op);
      size += op.bytes;
    }
    if (current.length > 0) out.push(current);
    return out.map((batch) => (context) => {
      for (const op of batch) op.apply(context);
    });
  }
}

/** Estimated JSON size of a 2-D array of cells or formulas. */
export function matrixBytes(rows: readonly (readonly (string | number | boolean)[])[]): number {
  let n = 2;
  for (const row of rows) {
    n += 2;
    for (const v of row) n += typeof v === 'string' ? v.length + 3 : 12;
  }
  return n;
}
