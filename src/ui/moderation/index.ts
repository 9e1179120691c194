// The moderator's re-audit: what the app shell mounts.
export { ModeratePane } from './ModeratePane';
export type { ModeratePaneProps } from './ModeratePane';
export { moderationQuestionSet, ALWAYS_ASKED_HINT } from './moderationQuestionSet';
export { moderationStore } from './moderationStore';
export type { ModerationPort } from './moderationStore';
