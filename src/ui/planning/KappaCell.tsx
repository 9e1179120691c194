import { TableCell, Text } from '@fluentui/react-components';
import type { Kappa } from '../../core/moderation/cohensKappa';

/** κ to two places, or why there is none (never a bare dash: "no kappa" must say whether that is good or bad). */
export function KappaCell({ kappa }: { readonly kappa: Kappa | undefined }) {
  if (kappa === undefined) return <TableCell>not for this type</TableCell>;
  if (kappa.value === null)
    return (
      <TableCell>
        none <Text size={200}>({kappa.reason})</Text>
      </TableCell>
    );
  return <TableCell>{kappa.value.toFixed(2)}</TableCell>;
}
