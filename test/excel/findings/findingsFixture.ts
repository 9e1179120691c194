import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import { createCodec } from '../../../src/core/codec/createCodec';
import { loadTemplate } from '../../../src/core/template/loadTemplate';
import type { SimWorkbook } from '../../../src/excel-sim/SimWorkbook';
import { seedCases } from '../../core/template/seedCases';

/** The Audit table's header (row 2) as names, up to the last column. */
export function auditHeader(workbook: SimWorkbook): string[] {
  const used = workbook.snapshot().sheets.find((s) => s.name === 'Audit')!.usedRange!;
  const last = used.split(':')[1]!.replace(/\d+/, '');
  return workbook.getValues('Audit', `A2:${last}2`)[0]!.map(String);
}

/**
 * Fills case rows as an auditor (or a paste) would: the seed report's answers, dealt round, encoded as the
 * cells hold them, with Status Complete. `change` can alter a case's answers first.
 */
export async function fillCases(
  workbook: SimWorkbook,
  count: number,
  options: {
    status?: (i: number) => string;
    change?: (i: number, answers: Map<string, Answer>) => void;
  } = {},
): Promise<void> {
  const { questionSet } = loadTemplate();
  const codec = createCodec(questionSet);
  const header = auditHeader(workbook);
  const seed = seedCases();
  const rows = Array.from({ length: count }, (_, i) => {
    const answers = new Map(seed[i % seed.length]!.answers);
    options.change?.(i, answers);
    return header.slice(6).map((name) => {
      const q = codec.byName.get(name);
      const answer = answers.get(name);
      return q === undefined || answer === undefined ? '' : (q.encode(answer) ?? '');
    });
  });
  await workbook.setValues('Audit', 'G3', rows);
  const statuses = Array.from({ length: count }, (_, i) => [options.status?.(i) ?? 'Complete']);
  await workbook.setValues('Audit', 'C3', statuses);
}
