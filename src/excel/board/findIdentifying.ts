import type { ReportSheet } from '../../core/report/ReportSheet';
import { type IdentifyingKind, type IdentifyingTexts, normalise } from './IdentifyingTexts';
import { type PlacedText, reportTexts } from './reportTexts';

export interface IdentifyingFind {
  readonly at: PlacedText;
  readonly kind: IdentifyingKind;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The last check before a board copy is written: the first place where the copy holds a Case ID, a name or
 * a free-text answer from the Audit rows, or null. A text counts where it stands as a whole word or phrase.
 * Texts the report would hold with no cases at all (`baseline`: labels, choices, the layout's own words)
 * are not searched for, so an answer that happens to be "Neglect" or "missing" does not stop the copy; nor
 * are short ones (under 4 characters, or a number under 6 digits), which would match any count in a sentence.
 */
export function findIdentifying(
  sheets: readonly ReportSheet[],
  identifying: IdentifyingTexts,
  baseline: readonly ReportSheet[],
): IdentifyingFind | null {
  const placed = [...reportTexts(sheets)].map((at) => ({ at, text: normalise(at.text) }));
  // One search over the whole copy rules out nearly every text at once; only those in it are looked at closely.
  const copy = placed.map((p) => p.text).join('\n');
  let known: string | null = null;
  for (const [text, kind] of identifying.texts) {
    if (text.length < 4 || (/^[\d\s.,%()-]+$/.test(text) && text.replace(/\D/g, '').length < 6)) continue;
    if (!copy.includes(text)) continue;
    known ??= [...reportTexts(baseline)].map((t) => normalise(t.text)).join('\n');
    if (known.includes(text)) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'u');
    const hit = placed.find((p) => pattern.test(p.text));
    if (hit) return { at: hit.at, kind };
  }
  return null;
}
