import { CaseEnvironment } from '../cases/CaseEnvironment';
import type { CasePlan } from '../cases/planCase';
import { isCompiled } from '../expr/bindExpression';
import { toBoolean } from '../expr/coerce';
import type { CompiledExpression, SlotEnvironment } from '../expr/Expression';
import type { Value } from '../expr/Value';

/** Largest table made for one expression: its questions' choice counts (plus one for blank) multiplied. */
const MOST_ENTRIES = 256;

/**
 * What an expression gives for every combination of the answers it reads, when it reads only select_one
 * questions: one lookup per case instead of running the expression. Indicators are nearly all conditions on
 * choices ("re-referrals within 0-3 months": `${case_type} = 're_referral' and ${interval} = '0_3'`), and
 * 100,000 cases x 30 indicators ran a tree of closures three million times for a few dozen distinct results.
 */
export class ChoiceTable {
  constructor(
    /** Positions in the case's codes (ChoiceCoding.read) of the questions read, first varying fastest. */
    private readonly refs: Int32Array,
    private readonly sizes: Int32Array,
    /** 1 where the expression holds, by combination. */
    private readonly results: Uint8Array,
  ) {}

  /** 1 or 0; -1 when an answer it reads is not one of its question's choices (then run the expression). */
  lookup(codes: Int32Array): number {
    let index = 0;
    let scale = 1;
    for (let k = 0; k < this.refs.length; k++) {
      const code = codes[this.refs[k]!]!;
      if (code < 0) return -1;
      index += code * scale;
      scale *= this.sizes[k]!;
    }
    return this.results[index]!;
  }
}

/** Makes tables of expressions evaluated in environments E, and reads each case's codes for them. */
export interface Tabulator<E> {
  table(expression: CompiledExpression, test: { evaluate(env: E): Value }): ChoiceTable | null;
  read(env: E): Int32Array;
}

/**
 * The select_one questions a run's tables read, and each case's code for them: 0 for blank (unanswered or
 * not relevant: what expressions read as ''), 1 + the choice's position, or -1 for any other value.
 * Codes are read from the same values the expressions read (the runner's slots), so a table can only
 * ever give what running the expression would.
 */
export class ChoiceCoding implements Tabulator<SlotEnvironment> {
  /** Slot of each coded question, and its choices' values (what an answer of each reads as). */
  private readonly slots: number[] = [];
  private readonly choiceValues: (readonly Value[])[] = [];
  private codes = new Int32Array(0);

  constructor(
    private readonly plan: CasePlan,
    private readonly now: () => Date,
  ) {}

  /**
   * A table of `bound` (`expression` bound to this plan's slots), or null when it reads anything but
   * select_one answers, would be too large, or was not made by compileExpression.
   */
  table(
    expression: CompiledExpression,
    bound: { evaluate(env: SlotEnvironment): Value },
  ): ChoiceTable | null {
    // Only an expression compileExpression made is known to read nothing but its references and the clock.
    if (!isCompiled(expression)) return null;
    const { questionSet, questionSlots } = this.plan;
    const slots: number[] = [];
    let entries = 1;
    for (const name of expression.references) {
      const slot = questionSlots.get(name);
      const question = slot === undefined ? undefined : questionSet.questions[slot];
      if (question === undefined || question.type !== 'select_one' || question.calculation !== null)
        return null;
      slots.push(slot!);
      entries *= question.choices.length + 1;
      if (entries > MOST_ENTRIES) return null;
    }
    const refs = Int32Array.from(slots, (slot) => this.code(slot));
    const sizes = Int32Array.from(slots, (slot) => questionSet.questions[slot]!.choices.length + 1);
    // Each combination, evaluated once against the same clock as the cases, with exactly the values a
    // case with those codes holds (read() gives code p + 1 only to a value === choiceValues[p]).
    const values = this.plan.blankValues.slice();
    const env = new CaseEnvironment(this.plan.questionSlotIndex, values, this.now);
    const results = new Uint8Array(entries);
    for (let index = 0; index < entries; index++) {
      let rest = index;
      slots.forEach((slot, k) => {
        const code = rest % sizes[k]!;
        rest = (rest - code) / sizes[k]!;
        values[slot] = code === 0 ? '' : this.choiceValues[refs[k]!]![code - 1]!;
      });
      results[index] = toBoolean(bound.evaluate(env)) ? 1 : 0;
    }
    return new ChoiceTable(refs, sizes, results);
  }

  /** This case's codes, from the values its expressions read (what the runner worked out for it). */
  read(env: SlotEnvironment): Int32Array {
    const values = env.values;
    const codes = this.codes;
    for (let k = 0; k < this.slots.length; k++) {
      const value = values[this.slots[k]!];
      if (value === '' || value === undefined) {
        codes[k] = 0;
        continue;
      }
      // Values are normally the list's own name strings, so a scan is a few pointer comparisons.
      const choices = this.choiceValues[k]!;
      let p = choices.length - 1;
      while (p >= 0 && choices[p] !== value) p--;
      codes[k] = p < 0 ? -1 : p + 1;
    }
    return codes;
  }

  /** The position in a case's codes of the question at `slot`, coded from now on. */
  private code(slot: number): number {
    const known = this.slots.indexOf(slot);
    if (known >= 0) return known;
    this.slots.push(slot);
    const codec = this.plan.codecs[slot]!;
    this.choiceValues.push(this.plan.questionSet.questions[slot]!.choices.map((c) => codec.toValue(c.name)));
    this.codes = new Int32Array(this.slots.length);
    return this.slots.length - 1;
  }
}
