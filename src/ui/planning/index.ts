// The audit lead's planning panel: what the app shell mounts.
export { PlanningPanel } from './PlanningPanel';
export type {
  AllocateOptions,
  ImportOutcome,
  PlanningPanelProps,
  PlanningProgress,
  RecordedSample,
  SampleCheck,
} from './PlanningPanelProps';
export { readableSeed } from './readableSeed';
