import type { SheetIssue } from '../sheets/SheetData';
import { dependencyOrder } from './dependencyOrder';
import type { Group, Question, QuestionSet } from './QuestionSet';

type Node =
  { readonly kind: 'question'; readonly item: Question } | { readonly kind: 'group'; readonly item: Group };

/**
 * The value of a question depends on its calculation and on whether it is relevant, which depends on its
 * own `relevant` and its groups'. This is the graph of those dependencies over questions and groups,
 * nodes numbered questions first (sheet order), then groups (sheet order).
 */
export function valueDependencies(
  questions: readonly Question[],
  groups: readonly Group[],
): { readonly nodes: readonly Node[]; readonly dependsOn: readonly (readonly number[])[] } {
  const nodes: Node[] = [
    ...questions.map((item) => ({ kind: 'question' as const, item })),
    ...groups.map((item) => ({ kind: 'group' as const, item })),
  ];
  const questionIndex = new Map(questions.map((q, i) => [q.name, i]));
  const groupIndex = new Map(groups.map((g, i) => [g.name, questions.length + i]));
  const dependsOn = nodes.map((node) => {
    const deps: number[] = [];
    const refs = [...(node.item.relevant?.references ?? [])];
    if (node.kind === 'question') refs.push(...(node.item.calculation?.references ?? []));
    for (const ref of refs) {
      const i = questionIndex.get(ref);
      if (i !== undefined && !deps.includes(i)) deps.push(i);
    }
    const parent = node.item.groups[node.item.groups.length - 1];
    const p = parent === undefined ? undefined : groupIndex.get(parent);
    if (p !== undefined) deps.push(p);
    return deps;
  });
  return { nodes, dependsOn };
}

/** Calculation names in dependency order; each cycle is reported once, naming every member. */
export function orderCalculations(
  questions: readonly Question[],
  groups: readonly Group[],
  errors: SheetIssue[],
): QuestionSet['calculationOrder'] {
  const { nodes, dependsOn } = valueDependencies(questions, groups);
  const { order, cycles } = dependencyOrder(nodes.length, (i) => dependsOn[i] ?? []);
  for (const cycle of cycles) {
    // In sheet order, which is how the author will read down the sheet to find them.
    const members = cycle.map((i) => nodes[i]!).sort((a, b) => a.item.source.row - b.item.source.row);
    const columnOf = ({ kind, item }: Node) =>
      kind === 'question' && item.calculation !== null ? 'calculation' : 'relevant';
    const describe = (m: Node) => {
      const cell = m.item.source.cells[columnOf(m)];
      if (cell !== undefined && (columnOf(m) === 'calculation' || m.item.relevant !== null))
        return `'${m.item.name}' (${columnOf(m)}, ${cell})`;
      return `'${m.item.name}' (inside '${m.item.groups[m.item.groups.length - 1] ?? ''}', row ${m.item.source.row})`;
    };
    const described = members.map(describe);
    const first = members[0]!;
    errors.push({
      sheet: first.item.source.sheet,
      cell: first.item.source.cells[columnOf(first)] ?? '',
      message:
        `These depend on each other in a circle, so none of them can be worked out: ${described.join(', ')}. ` +
        `Change one of them so that it no longer refers back.`,
    });
  }
  return order.flatMap((i) => {
    const node = nodes[i];
    return node?.kind === 'question' && node.item.calculation !== null ? [node.item.name] : [];
  });
}
