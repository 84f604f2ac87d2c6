// When the notice's phone lines answer ("咨询时间为工作日上午8:30—12:00、下午13:30—17:00",
// "值班电话24小时畅通"): facts.yaml's `contact_hours`, quoted to a contact question about hours.
import type { Sentence } from './blocks.ts';

/** a sentence that says when lines answer: a 时间 label, or working days / 24 hours with a clock time or 畅通 */
const HOURS =
  /(咨询|接听|服务|工作|办公|热线|值班)时间(为|是|[：:])|(工作日|法定节假日除外|周一至周[五六日]|星期一至星期[五六日]).{0,16}\d{1,2}[:：点时]|24小时(值班|服务|接听|在线|畅通|有人)/;

export function readHours(sentences: Sentence[]): { quote: string }[] {
  const out: { quote: string }[] = [];
  for (const s of sentences)
    if (HOURS.test(s.text) && s.text.length <= 120 && !/暂停|停止|恢复/.test(s.text) && !out.some((h) => h.quote === s.text)) out.push({ quote: s.text });
  return out;
}
