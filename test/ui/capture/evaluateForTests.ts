// The engine the pane's tests run against (the stand-in until src/core/cases/evaluateCase.ts lands).
export { handEvaluate as evaluateForTests } from './handEvaluate';
