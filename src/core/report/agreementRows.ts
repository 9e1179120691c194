import type { QuestionFinding } from '../findings/Findings';
import { percent } from '../findings/percent';
import type { QuestionAgreement, Tally } from '../moderation/AgreementReport';
import type { Kappa } from '../moderation/cohensKappa';
import type { CellValue } from '../sheets/SheetData';
import { percentCell } from './percentCell';
import { publishGroup } from './publishGroup';

export const AGREEMENT_HEADER = ['Question', 'n', 'Agreed', '% agreed', 'Kappa'];

/** Kappa as the cell holds it: the value (shown to two places), or "none" with the reason, never a bare blank. */
function kappaCell(kappa: Kappa | undefined, perChoice: boolean): CellValue {
  if (perChoice) return 'for each choice, below';
  if (kappa === undefined) return '';
  return kappa.value ?? `none: ${kappa.reason}`;
}

/**
 * One row of agreement. With a threshold (the board), agreed and compared are published as a group, so a
 * handful of disagreements is never shown or left to be worked out; % agreement and kappa are shown only
 * when the agreed count is, since either would give it back.
 */
function row(
  label: string,
  tally: Tally,
  kappa: CellValue,
  decimals: number,
  threshold: number | null,
): CellValue[] {
  const published = publishGroup([tally.agreed, tally.compared - tally.agreed], threshold);
  const agreed = published.parts[0]!;
  const shown = agreed !== 'c' && published.total !== 'c';
  return [
    label,
    published.total,
    agreed,
    shown ? percentCell(percent(tally.agreed, tally.compared, decimals)) : null,
    shown ? kappa : '',
  ];
}

/**
 * The per-question table's rows, by the questions' labels: a row per select question, and for a
 * select_multiple one per choice below it ("…: Neglect ticked"), each with its own yes/no kappa.
 */
export function agreementRows(
  questions: readonly QuestionAgreement[],
  labels: ReadonlyMap<string, QuestionFinding>,
  decimals: number,
  threshold: number | null,
): CellValue[][] {
  return questions.flatMap((q) => {
    const finding = labels.get(q.question);
    const label = finding?.label || q.question;
    const choiceLabel = (name: string): string =>
      finding?.choices.find((c) => c.name === name)?.label ?? name;
    return [
      row(label, q, kappaCell(q.kappa, q.perChoice !== undefined), decimals, threshold),
      ...(q.perChoice ?? []).map((c) =>
        row(`${label}: ${choiceLabel(c.choice)} ticked`, c, kappaCell(c.kappa, false), decimals, threshold),
      ),
    ];
  });
}
