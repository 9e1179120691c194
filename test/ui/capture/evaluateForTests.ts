// The pane's tests run against the real engine.
export { evaluateCase as evaluateForTests } from '../../../src/core/cases/evaluateCase';
