/**
 * Checks on dates the letter sets: deadlines before the period they report on or before the letter
 * itself, periods that end before they begin, figures counted "as of" a day after the letter.
 */
import { formatDate } from '../dates';
import { finding, type Rule } from './types';

export const periodEnd: Rule = ({ directive }) =>
  directive.tasks.flatMap((t) => {
    if (!t.deadline || !t.period?.to || t.deadline >= t.period.to) return [];
    const message = `Hạn ${formatDate(t.deadline)} trước ngày kết thúc kỳ rà soát (${formatDate(t.period.to)}): phải báo cáo về một kỳ chưa kết thúc.`;
    return [finding('DEADLINE_BEFORE_PERIOD_END', message, t.line, { date: t.deadline, text: t.assignees.join('; ') })];
  });

export const beforeIssue: Rule = ({ directive, today }) =>
  directive.tasks.flatMap((t) => {
    if (!t.deadline || !today || t.deadline >= today) return [];
    const message = `Hạn ${formatDate(t.deadline)} trước ngày ban hành văn bản (${formatDate(today)}).`;
    return [finding('DEADLINE_BEFORE_ISSUE', message, t.line, { date: t.deadline })];
  });

export const periodOrder: Rule = ({ directive }) =>
  directive.tasks.flatMap((t) => {
    if (!t.period?.from || !t.period.to || t.period.from <= t.period.to) return [];
    const message = `Kỳ từ ngày ${formatDate(t.period.from)} đến ngày ${formatDate(t.period.to)} có ngày bắt đầu sau ngày kết thúc.`;
    return [finding('PERIOD_INVERTED', message, t.line, { date: t.period.from })];
  });

export const statDate: Rule = ({ directive, today }) => {
  const seen = new Set<string>();
  return directive.stats.flatMap((s) => {
    if (!s.asOf || !today || s.asOf <= today || seen.has(`${s.line}|${s.asOf}`)) return [];
    seen.add(`${s.line}|${s.asOf}`);
    const message = `Số liệu tính đến ngày ${formatDate(s.asOf)}, sau ngày ban hành văn bản (${formatDate(today)}).`;
    return [finding('STAT_DATE_FUTURE', message, s.line, { date: s.asOf, text: s.text })];
  });
};

export const deadlineRules: Rule[] = [periodEnd, beforeIssue, periodOrder, statDate];
