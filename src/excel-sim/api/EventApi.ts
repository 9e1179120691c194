import type { EventListener } from '../model/WorkbookModel';
import type { SheetModel } from '../model/SheetModel';
import type { SimContext } from './SimContext';

/** What EventSource.add returns: remove() unregisters at the next sync (or at once when the batch is over). */
export interface SimEventHandlerResult {
  readonly context: SimContext;
  remove(): void;
}

/**
 * OfficeExtension.EventSource for onSelectionChanged/onChanged. Registration takes effect at sync, as in
 * office.js; handlers then run whenever the simulated user acts (SimWorkbook.select / setCell).
 */
export class EventApi {
  constructor(
    private readonly context: SimContext,
    private readonly event: EventListener['event'],
    private readonly sheet: () => SheetModel | undefined,
  ) {}

  add(handler: (args: unknown) => Promise<unknown>): SimEventHandlerResult {
    let listener: EventListener | undefined;
    const model = this.context.backend.model;
    this.context.enqueue({
      bytes: 80,
      run: () => {
        const sheet = this.sheet();
        listener = sheet ? { event: this.event, sheet, handler } : { event: this.event, handler };
        model.listeners.push(listener);
      },
    });
    const unregister = (): void => {
      model.listeners = model.listeners.filter((l) => l !== listener);
    };
    return {
      context: this.context,
      remove: () => {
        try {
          this.context.enqueue({ bytes: 80, run: unregister });
        } catch {
          unregister();
        }
      },
    };
  }
}
