/**
 * Orders nodes so that each comes after everything it depends on, and finds the cycles that make such
 * an order impossible (Tarjan's strongly connected components). Nodes are indices; `dependsOn(i)` lists
 * the indices node i reads. Among independent nodes, sheet order (index order) is kept where it can be.
 */
export interface DependencyOrder {
  /** Every node, dependencies first. Members of a cycle come together, in index order. */
  readonly order: readonly number[];
  /** Each cycle's members in index order: groups of two or more, or one node that reads itself. */
  readonly cycles: readonly (readonly number[])[];
}

export function dependencyOrder(
  count: number,
  dependsOn: (node: number) => readonly number[],
): DependencyOrder {
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const order: number[] = [];
  const cycles: number[][] = [];
  let next = 0;

  const visit = (node: number): void => {
    index[node] = next;
    low[node] = next;
    next++;
    stack.push(node);
    onStack[node] = true;
    for (const dep of dependsOn(node)) {
      if (index[dep] === -1) {
        visit(dep);
        low[node] = Math.min(low[node] ?? 0, low[dep] ?? 0);
      } else if (onStack[dep]) {
        low[node] = Math.min(low[node] ?? 0, index[dep] ?? 0);
      }
    }
    if (low[node] !== index[node]) return;
    const component: number[] = [];
    let member: number;
    do {
      member = stack.pop()!;
      onStack[member] = false;
      component.push(member);
    } while (member !== node);
    component.sort((a, b) => a - b);
    order.push(...component);
    if (component.length > 1 || dependsOn(node).includes(node)) cycles.push(component);
  };

  for (let node = 0; node < count; node++) if (index[node] === -1) visit(node);
  return { order, cycles };
}
