import { formatPercent } from '../../core/findings/percent';
import type { Tally } from '../../core/moderation/AgreementReport';

/** A percentage agreement, or a dash where nothing was compared (no percentage of nothing). */
export const agreementPercent = (t: Tally): string => (t.percent === null ? '–' : formatPercent(t.percent));
