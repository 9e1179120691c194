/**
 * One sync being carried out. Actions run against the workbook in order; what they load is published
 * to the proxies only when the sync's promise settles successfully, so a value read before
 * `await context.sync()` throws, as in office.js.
 */
export class Execution {
  private readonly publishers: (() => void)[] = [];
  responseBytes = 0;

  publish(callback: () => void): void {
    this.publishers.push(callback);
  }

  publishAll(): void {
    for (const p of this.publishers) p();
  }
}
