import type { Codec } from '../../core/codec/createCodec';
import type { AgreementReport, AuditAnswers } from '../../core/moderation/AgreementReport';
import { agreement } from '../../core/moderation/agreement';
import type { LogTable } from '../planning/logTable';
import { moderatedAnswers, moderatedQuestions } from '../planning/moderationTable';

/**
 * The moderator's complete re-audits in the Moderation table compared with the first audits given, as the
 * pane's Compare audits and the Findings sheet both report them. Moderation cells the codec cannot read are
 * added to the problems (naming sheet, case and question) rather than compared. `first` need only hold the
 * moderated cases: others are never looked at.
 */
export function compareModeration(
  first: readonly AuditAnswers[],
  moderation: LogTable,
  codec: Codec,
  decimals = 0,
): AgreementReport {
  const { audits, unreadable } = moderatedAnswers(moderation, codec);
  const report = agreement(first, audits, moderatedQuestions(codec), { decimals });
  return { ...report, problems: [...report.problems, ...unreadable.map((message) => ({ message }))] };
}
