import { codecFor } from '../codec/codecFor';
import type { QuestionCodec } from '../codec/QuestionCodec';
import { bindExpression } from '../expr/bindExpression';
import type { BoundExpression, CompiledExpression } from '../expr/Expression';
import type { Value } from '../expr/Value';
import { dependencyOrder } from '../questions/dependencyOrder';
import { valueDependencies } from '../questions/orderCalculations';
import type { QuestionSet } from '../questions/QuestionSet';
import { requiredMessage } from './caseIssueMessages';

/** CasePlan.kinds: a calculation (checked against its stored cell), a note (never checked), or asked. */
export const CALCULATED = 0;
export const NOTE = 1;
export const ASKED = 2;

/** One step of working out a case: decide whether a node is relevant and, for a question, its value. */
export interface CaseStep {
  /** Node number: questions are 0..n-1 in sheet order, groups n.. in sheet order. */
  readonly node: number;
  /** The enclosing group's node number, or -1 at the top level. */
  readonly parent: number;
  readonly relevant: BoundExpression | null;
  /** Questions only (null for groups and for questions that are answered rather than calculated). */
  readonly calculation: BoundExpression | null;
}

/** Everything about a question set that does not change from case to case, worked out once. */
export interface CasePlan {
  readonly questionSet: QuestionSet;
  readonly codecs: readonly QuestionCodec[];
  /** Question names, then group names: the node numbers' names. */
  readonly nodeNames: readonly string[];
  readonly nodeSlots: ReadonlyMap<string, number>;
  readonly questionNames: readonly string[];
  readonly questionSlots: ReadonlyMap<string, number>;
  /** questionSlots as a prototype-less object, for the lookup behind every `${name}` an expression reads. */
  readonly questionSlotIndex: Readonly<Record<string, number | undefined>>;
  /** No two questions share a name (a parsed set never has them; a hand-built one might). */
  readonly uniqueNames: boolean;
  readonly calculationNames: readonly string[];
  readonly calculationSlots: ReadonlyMap<string, number>;
  /** A case's starting values and relevance flags (all '' and false), copied per case. */
  readonly blankValues: readonly Value[];
  readonly blankFlags: readonly boolean[];
  /** Each question's required message, built once: a findings run reports a blank required answer per case. */
  readonly requiredMessages: readonly string[];
  /** Each question's kind (CALCULATED, NOTE, ASKED) and rules, so checking a case reads arrays, not questions. */
  readonly kinds: Uint8Array;
  readonly requireds: readonly (BoundExpression | null)[];
  readonly constraints: readonly (BoundExpression | null)[];
  /**
   * The questions that can have an issue in a case with no unreadable cell, in sheet order: calculations,
   * and asked questions with a rule or that can be not relevant. The rest (most of a form: always asked,
   * nothing required) can only be unreadable, so checking a clean case skips them.
   */
  readonly checked: Int32Array;
  /** Every question number, in sheet order (what a case with an unreadable cell checks). */
  readonly everyQuestion: Int32Array;
  /** An expression with its `${name}`s bound to this plan's value slots, which CaseEnvironment.values holds. */
  readonly bind: (expression: CompiledExpression) => BoundExpression;
  /** Steps in an order where everything a step reads was worked out before it. */
  readonly steps: readonly CaseStep[];
  /** Some steps read each other (a hand-built set; parsing reports cycles): one reads another not yet worked out. */
  readonly cyclic: boolean;
}

const plans = new WeakMap<QuestionSet, CasePlan>();

export function planCase(questionSet: QuestionSet): CasePlan {
  const cached = plans.get(questionSet);
  if (cached !== undefined) return cached;
  const { questions, groups } = questionSet;
  const { dependsOn } = valueDependencies(questions, groups);
  // Cycles were reported when the set was parsed; a hand-built set with one still evaluates, reading ''.
  const { order, cycles } = dependencyOrder(dependsOn.length, (i) => dependsOn[i] ?? []);
  const questionSlots = new Map(questions.map((q, i) => [q.name, i]));
  const questionSlotIndex: Record<string, number | undefined> = Object.create(null) as Record<string, number>;
  for (const [name, slot] of questionSlots) questionSlotIndex[name] = slot;
  // Every expression a case runs reads values by slot, bound here once per question set.
  const bind = (e: CompiledExpression): BoundExpression =>
    bindExpression(e, (name) => questionSlotIndex[name]);
  const bindOrNull = (e: CompiledExpression | null): BoundExpression | null => (e === null ? null : bind(e));
  const nodeNames = [...questions.map((q) => q.name), ...groups.map((g) => g.name)];
  const nodeSlots = new Map(nodeNames.map((name, i) => [name, i]));
  const steps = order.map((node): CaseStep => {
    const question = node < questions.length ? questions[node]! : null;
    const item = question ?? groups[node - questions.length]!;
    const parentName = item.groups[item.groups.length - 1];
    const parent = parentName === undefined ? -1 : (nodeSlots.get(parentName) ?? -1);
    const calculation = question?.calculation ?? null;
    return { node, parent, relevant: bindOrNull(item.relevant), calculation: bindOrNull(calculation) };
  });
  const canBeSkipped = (q: (typeof questions)[number]): boolean => q.relevant !== null || q.groups.length > 0;
  const plan: CasePlan = {
    questionSet,
    codecs: questions.map(codecFor),
    nodeNames,
    nodeSlots,
    questionNames: nodeNames.slice(0, questions.length),
    questionSlots,
    questionSlotIndex,
    uniqueNames: questionSlots.size === questions.length,
    calculationNames: questionSet.calculationOrder,
    calculationSlots: new Map(questionSet.calculationOrder.map((name) => [name, nodeSlots.get(name) ?? -1])),
    steps,
    cyclic: cycles.length > 0,
    blankValues: questions.map((): Value => ''),
    blankFlags: nodeNames.map(() => false),
    requiredMessages: questions.map(requiredMessage),
    kinds: Uint8Array.from(questions, (q) =>
      q.calculation !== null ? CALCULATED : q.type === 'note' ? NOTE : ASKED,
    ),
    requireds: questions.map((q) => bindOrNull(q.required)),
    constraints: questions.map((q) => bindOrNull(q.constraint)),
    checked: Int32Array.from(
      questions.flatMap((q, i) =>
        q.calculation !== null ||
        (q.type !== 'note' && (q.required !== null || q.constraint !== null || canBeSkipped(q)))
          ? [i]
          : [],
      ),
    ),
    everyQuestion: Int32Array.from(questions, (_, i) => i),
    bind,
  };
  plans.set(questionSet, plan);
  return plan;
}
