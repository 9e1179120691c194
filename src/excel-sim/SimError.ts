/**
 * The error a sync rejects with, shaped like OfficeExtension.Error (name, code, message, debugInfo) so that
 * src/excel code that inspects `error.code` behaves the same against the simulator and against Excel.
 */
export type SimErrorCode =
  | 'AccessDenied'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'ValueNotLoaded';

export interface SimDebugInfo {
  readonly code: SimErrorCode;
  readonly message: string;
  /** Where Excel would say it failed, e.g. "Range.values" or "WorksheetCollection.getItem". */
  readonly errorLocation?: string;
  /** What the simulator knows beyond Excel's terse message: the sheet, the cell, the name asked for. */
  readonly statement?: string;
}

/** Excel's own wording for each code, so messages read as they would in Office. */
const EXCEL_MESSAGES: Record<SimErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation is invalid for the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded: 'The property is not available.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export class SimError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: SimErrorCode, options: { message?: string; location?: string; statement?: string } = {}) {
    const message = options.message ?? EXCEL_MESSAGES[code];
    super(message);
    // office.js errors are named "RichApi.Error"; code that logs error.name sees the same thing.
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = {
      code,
      message,
      ...(options.location === undefined ? {} : { errorLocation: options.location }),
      ...(options.statement === undefined ? {} : { statement: options.statement }),
    };
  }
}

/** The office.js message for reading a property that was not loaded and synced. */
export function propertyNotLoaded(property: string, entity: string): SimError {
  return new SimError('PropertyNotLoaded', {
    message: `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location: `${entity}.${property}`,
  });
}
