import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Findings } from '../../core/findings/Findings';
import { CaseDrillDown } from './CaseDrillDown';
import { indicatorDrillDown } from './drillDown';
import { indicatorFigures } from './figureText';

export interface IndicatorListProps {
  readonly findings: Findings;
  /** The figure whose cases are shown (one at a time across the panel), or null. */
  readonly chosen: string | null;
  readonly onChoose: (key: string | null) => void;
  readonly onSelectCases: (caseIds: string[]) => Promise<void>;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    whiteSpace: 'normal',
    display: 'grid',
    width: '100%',
  },
});

export const indicatorKey = (name: string) => `indicator:${name}`;

/**
 * Each indicator's sentence with its n, N and %. Each is a disclosure button: choosing it (Enter or Space)
 * opens the cases behind it right below, where the manager's eyes already are.
 */
export function IndicatorList({ findings, chosen, onChoose, onSelectCases }: IndicatorListProps) {
  const styles = useStyles();
  const base = useId();
  if (findings.indicators.length === 0)
    return (
      <Text as="p" block>
        The indicators sheet defines no indicators yet.
      </Text>
    );
  const decimals = findings.settings.decimals;
  return (
    <ul className={styles.list}>
      {findings.indicators.map((indicator, index) => {
        const key = indicatorKey(indicator.name);
        const open = chosen === key;
        const regionId = `${base}-${index}`;
        return (
          <li key={indicator.name}>
            <Button
              appearance="subtle"
              className={styles.item}
              aria-expanded={open}
              {...(open ? { 'aria-controls': regionId } : {})}
              onClick={() => onChoose(open ? null : key)}
            >
              <span>{indicator.sentence}</span>
              <Text size={200}>{indicatorFigures(indicator.numerator, indicator.denominator, decimals)}</Text>
            </Button>
            {open && (
              <CaseDrillDown
                id={regionId}
                drill={indicatorDrillDown(findings, indicator)}
                onSelectCases={onSelectCases}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
