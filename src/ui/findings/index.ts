// Findings for managers: what the app shell mounts.
export { FindingsPanel } from './FindingsPanel';
export type {
  BoardCopyResult,
  FindingsPanelProps,
  RefreshOptions,
  RefreshProgress,
  RefreshResult,
  RefreshSummary,
} from './FindingsPanelProps';
export { indicatorDrillDown, countDrillDown } from './drillDown';
export type { CaseGroup, DrillDown } from './drillDown';
