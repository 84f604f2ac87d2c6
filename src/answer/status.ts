// The time-aware verdict for one business: can it be done at the moment asked
// (or on the day the question names), since/until when, and what to do meanwhile.
import type { DateTime } from 'luxon';
import type { Business, City, Notice, Step, Window } from '../knowledge/model.ts';
import type { TimeRef } from '../understand/when.ts';
import { countdown, fmtClock, fmtDayWithWeekday, fmtMoment } from './format.ts';
import { nextBoundary, phaseAt, resumesAt } from './phase.ts';
import type { SourceList } from './sources.ts';

/** How the end of a suspension is described: "预计12月31日23:00起恢复", "恢复时间另行通知" … */
export function resumeText(w: Window, ref: DateTime): string {
  const at = resumesAt(w);
  switch (w.resumeMode) {
    case 'date':
      return `预计${fmtMoment(at!, ref)}起恢复`;
    case 'gradual':
      return at ? `${fmtMoment(at, ref)}起逐步恢复` : `之后视实际情况逐步恢复（公告未给出具体日期）`;
    case 'tbd':
      return `恢复时间另行通知（公告未给出具体日期）`;
    case 'unstated':
      return w.resumeNote ? `恢复时间：${w.resumeNote}（公告未给出具体日期）` : '公告未给出恢复时间';
  }
}

/** Short scope line, e.g. "暂停范围：城乡居民：参保登记、个人信息修改等业务". */
function scopeOf(b: Business, w: Window | undefined): string {
  const scopes = [...new Set(b.windows.map((x) => x.scope).filter(Boolean))];
  if (scopes.length > 1) return `暂停范围：${scopes.join('；')}`;
  return w?.scope ? `暂停范围：${w.scope}` : '';
}

/** The verdict sentence for the period asked about. */
export function verdict(city: City, b: Business, when: TimeRef, at: DateTime): string {
  const subject = `${city.name}·${b.name}`;
  if (b.unaffected) return `${subject}：不受此次系统切换影响，可正常办理。`;
  const phase = phaseAt(b, when.from);
  const w = phase.window;
  if (!w) return `${subject}：公告未列出它的暂停时间。`;
  const ref = at;
  const S = fmtMoment(w.suspend, ref);
  const label = when.explicit ? periodLabel(when, at) : '目前';
  // a boundary inside the asked period (e.g. "今天" on the day it stops)
  const change = nextBoundary(b, when.from);
  const within = when.to > when.from && change && change < when.to ? change : undefined;

  if (phase.state === 'before') {
    if (within) {
      const count = countdown(at, within);
      return `${subject}：${label}${fmtClock(within)}前仍可以正常办理；${S}起暂停${count ? `（${count}）` : ''}，${resumeText(w, ref)}。`;
    }
    const count = when.explicit ? '' : countdown(at, w.suspend);
    return `${subject}：${label}可以正常办理。将于${S}起暂停${count ? `（${count}）` : ''}，${resumeText(w, ref)}。`;
  }
  if (phase.state === 'during') {
    const resume = resumesAt(w);
    if (within && resume && within.toMillis() === resume.toMillis()) {
      return `${subject}：${label}${fmtClock(within)}前仍暂停；自${S}起暂停，${fmtMoment(resume, ref)}起恢复。`;
    }
    const count = !when.explicit && resume ? countdown(at, resume) : '';
    const state = when.explicit ? '处于暂停期间，不能办理' : '暂停办理中';
    return `${subject}：${label}${state}（自${S}起暂停），${resumeText(w, ref)}${count ? `（${count}）` : ''}。`;
  }
  // after
  const resume = resumesAt(w)!;
  const mode = w.resumeMode === 'gradual' ? '逐步恢复' : '恢复';
  const head = when.explicit ? `${label}已恢复，可以正常办理` : `已于${fmtMoment(resume, ref)}起${mode}，可以正常办理`;
  return `${subject}：${head}（曾于${S}起暂停${when.explicit ? `，${fmtMoment(resume, ref)}起${mode}` : ''}）。`;
}

function periodLabel(when: TimeRef, at: DateTime): string {
  if (when.from.toMillis() === when.to.toMillis()) return `${fmtMoment(when.from, at)}`;
  const sameDay = when.from.hasSame(at, 'day');
  return sameDay ? `今天（${fmtDayWithWeekday(when.from, at)}）` : fmtDayWithWeekday(when.from, at);
}

const stepText = (s: Step) => s.text ?? s.quote;

/** The steps that matter in the phase at the moment asked, at most `max`. */
export function stepsFor(b: Business, t: DateTime, max = 3): { title: string; steps: Step[] } {
  const phase = phaseAt(b, t);
  if (phase.state === 'before') {
    const upcoming = b.before.filter((s) => !s.at || s.at > t);
    if (upcoming.length) return { title: '停机前请注意', steps: upcoming.slice(0, max) };
    return { title: '暂停期间怎么办', steps: b.during.slice(0, max) };
  }
  if (phase.state === 'during') return { title: '暂停期间怎么办', steps: b.during.slice(0, max) };
  if (phase.state === 'after') return { title: '恢复后请注意', steps: b.after.slice(0, max) };
  return { title: '', steps: [] };
}

/** Full status reply body for one business (without contacts and source line). */
export function statusLines(city: City, notice: Notice, b: Business, when: TimeRef, at: DateTime, sources: SourceList): string[] {
  const lines = [verdict(city, b, when, at)];
  const phase = phaseAt(b, when.from);
  if (b.unaffected) sources.add(notice, b.unaffected);
  if (phase.window) sources.add(notice, phase.window.suspendQuote, phase.window.resumeQuote);
  const scope = scopeOf(b, phase.window);
  if (scope && phase.state !== 'after') lines.push(scope);
  const { title, steps } = stepsFor(b, when.from);
  if (steps.length) {
    lines.push(`${title}：`);
    steps.forEach((s, i) => {
      lines.push(`${i + 1}. ${stepText(s)}`);
      sources.add(notice, s.quote);
    });
  }
  return lines;
}
