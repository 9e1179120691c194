// Guided capture: what the app shell mounts and what it may reuse.
export { CapturePane } from './CapturePane';
export type { CapturePaneProps } from './CapturePane';
export { AuditorName } from './AuditorName';
export { auditorNameStore, AUDITOR_NAME_KEY } from './auditorNameStore';
export { useAuditorName } from './useAuditorName';
export { CaseSession } from './CaseSession';
export type { CaseSessionOptions } from './CaseSession';
export type { CaseSessionSnapshot, CompleteOutcome, Evaluate, SaveState } from './SaveState';
export { useCaseSession } from './useCaseSession';
