/**
 * Why sampling, allocation or moderation could not be done, or what it noticed. Problems in a sheet carry
 * its name and cell; problems with what was asked in the pane (a size, a seed, an auditor list) have none,
 * and the message names the field instead.
 */
export interface Problem {
  readonly message: string;
  readonly sheet?: string;
  readonly cell?: string;
}
