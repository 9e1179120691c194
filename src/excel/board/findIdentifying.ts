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
  const known = [...reportTexts(baseline)].map((t) => normalise(t.text)).join('\n');
  const wanted: { text: string; pattern: RegExp; kind: IdentifyingKind }[] = [];
  for (const [text, kind] of identifying.texts) {
    if (text.length < 4 || (/^[\d\s.,%()-]+$/.test(text) && text.replace(/\D/g, '').length < 6)) continue;
    if (known.includes(text)) continue;
    wanted.push({
      text,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'u'),
      kind,
    });
  }
  if (wanted.length === 0) return null;
  for (const at of reportTexts(sheets)) {
    const text = normalise(at.text);
    // includes() first: most texts are nowhere in the cell, and it is far cheaper than the word-bounded match.
    for (const w of wanted) if (text.includes(w.text) && w.pattern.test(text)) return { at, kind: w.kind };
  }
  return null;
}
