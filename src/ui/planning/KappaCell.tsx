import { TableCell } from '@fluentui/react-components';
import type { Kappa } from '../../core/moderation/cohensKappa';

export interface KappaCellProps {
  readonly kappa: Kappa | undefined;
  /** A select_multiple: its kappas are on the rows of its choices. */
  readonly perChoice?: boolean;
  /** The element that says why there is no kappa (a line below the row, where a narrow pane has room). */
  readonly reasonId?: string;
}

/**
 * κ to two places, or "none" described by the line giving its reason: never a bare dash, since "no kappa" must
 * say whether that is good or bad, but the reason in the cell itself wrapped a word a line in a 320 px pane.
 */
export function KappaCell({ kappa, perChoice = false, reasonId }: KappaCellProps) {
  if (kappa === undefined) return <TableCell>{perChoice ? 'per choice' : 'not for this type'}</TableCell>;
  if (kappa.value === null) return <TableCell aria-describedby={reasonId}>none</TableCell>;
  return <TableCell>{kappa.value.toFixed(2)}</TableCell>;
}
