/** Where the command line writes: process.stdout/stderr in `bin`, buffers in tests. */
export interface CliIo {
  /** The result (the report or the JSON): nothing else goes here, so it can be piped. */
  out(text: string): void;
  /** Problems, warnings and progress notes. */
  err(text: string): void;
}
