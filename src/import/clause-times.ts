// What the moments of a clause mean: the start of a stop ("…17:30起"), a range ("24:00至1月16日
// 12:00"), or the resumption of what the same sentence stopped ("…，1月17日8:00起恢复",
// "恢复时间另行通知").
import { type Moment, momentsIn } from './moments.ts';
import { GRADUAL, TBD } from './words.ts';

/** A moment that starts something: "…17:30起", "自…开始", "从…起", "…下午5点半以后暂停". */
export function startingMoment(clause: string, reference: string | undefined): Moment | undefined {
  // "19日晚12点（20日零点）起": the same moment said again in brackets; "…下午5点半以后暂停"
  return momentsIn(clause, reference).find((m) =>
    /^\s*([（(][^）)]{0,20}[）)])?\s*(起|开始|始|(以后|之后)(?=[^，。；]*(暂停|停止|停办|不了|不能|无法)))/.test(clause.slice(m.index + m.words.length)),
  );
}

/** "…于3月3日20:00提前暂停": a moment right before the stop verb that closes the clause. */
export function stoppingMoment(clause: string, reference: string | undefined): Moment | undefined {
  return momentsIn(clause, reference).find((m) =>
    /^\s*(起|开始)?(将|会)?(提前|推迟|延后|正式|同步|一并)?(暂停|停止|停办|关闭)(办理|受理|服务)?[。；]?$/.test(clause.slice(m.index + m.words.length)),
  );
}

/** A clause that is only a moment ("4月10日（周五）下午4点"): in a retelling, the start of what the next clause stops. */
export function bareMoment(clause: string, reference: string | undefined): Moment | undefined {
  const [m, ...more] = momentsIn(clause, reference);
  if (!m || more.length) return undefined;
  const rest = clause
    .replace(m.words, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s，,]/g, '');
  return /^(将|于|自|从|在)*$/.test(rest) ? m : undefined;
}

/** "A至B", "A—B", "从A暂停至B": a stop from A that resumes at B. */
export function rangeIn(clause: string, reference: string | undefined): { from: Moment; to: Moment; stopped?: string } | undefined {
  const ms = momentsIn(clause, reference);
  for (let i = 0; i + 1 < ms.length; i++) {
    const end = ms[i]!.index + ms[i]!.words.length;
    const between = clause.slice(end, ms[i + 1]!.index);
    // "…晚上9点到17日…": the second moment's words may hold the 到 themselves
    const joined = /^\s*(至|到|—|－|~|～|-)/.test(ms[i + 1]!.words) ? between.replace(/^\s*(起)?\s*$/, '到') : between;
    const m = /^\s*(起)?\s*(暂停|停止|停办|关闭)?\s*(至|到|—|－|~|～|-)\s*$/.exec(joined);
    // "将从A暂停至B": `stopped` is the clause up to its verb, which names (or leaves to the clause before) what stops
    if (m) return { from: ms[i]!, to: ms[i + 1]!, ...(m[2] ? { stopped: clause.slice(0, end + m[0].indexOf(m[2]) + m[2].length) } : {}) };
  }
  return undefined;
}

/** A clause that resumes without naming what: "1月17日8:00起恢复", "至26日恢复", "恢复时间另行通知", "之后逐步恢复". */
export function bareResume(clause: string, reference: string | undefined): { mode: 'date' | 'gradual' | 'tbd' | 'unstated'; moment?: Moment } | undefined {
  const moments = momentsIn(clause, reference);
  let rest = clause;
  for (const m of moments) rest = rest.replace(m.words, '');
  rest = rest.replace(/[（(][^）)]*[）)]/g, '').replace(/[\s，,。；]/g, '');
  if (TBD.test(clause) && /^(恢复|具体|开始|(什么时候|何时|哪天)恢复)?.{0,4}(时间|日期)?(将|均|要)?(另行(通知|公告|公布)|等候?通知)$/.test(rest))
    return { mode: 'tbd' };
  // "…暂停X，至26日8时30分恢复": the end of the stop the clause before began
  if (!/^(预计|计划|拟)?(将|于|自|从|在|至|到|之后|以后|后)*(起|开始)?(同步|逐步|陆续|全面|均|将)*(恢复)(办理|受理|服务|正常)?$/.test(rest)) return undefined;
  if (GRADUAL.test(clause)) return { mode: 'gradual', moment: moments[0] };
  return moments[0] ? { mode: 'date', moment: moments[0] } : { mode: 'unstated' };
}
