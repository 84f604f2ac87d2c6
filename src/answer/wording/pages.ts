// The sentences of the pages (the FAQ page, its timeline picture, error pages) and of the
// links' refusals (a bad ?q= or ?at=). Part of the wording table (index.ts); labels of table
// columns stay with their markup in handlers/faq.ts.

/** A link's parameter given twice, an empty or over-long question, a malformed moment, an unknown city. */
export const paramTwice = (name: string) => `链接中的参数“${name}”出现了不止一次，请只保留一个。`;
export const EMPTY_Q = '请输入要问的问题。';
export const qTooLong = (max: number) => `问题太长了，请控制在${max}字以内。`;
export const BAD_AT = '链接中的时间 at 格式不对，请写成 2021-12-20T10:00 这样的形式（北京时间）。';
export const unknownCity = (city: string, known: string[]) => `暂未收录“${city}”的停机公告。目前可查询：${known.join('、')}。`;

/** An error page's title and its way back. */
export const CANNOT_SHOW = '无法显示此页';
export const BACK_TO_FAQ = '查看常见问题页';

/** The FAQ page. */
export const CELL_BLANK = '（公告此栏空白）';
export const UNSIGNED = '公告未署名';
export const issuedBy = (issuers: string) => `发布单位：${issuers}`;
export const publishedOn = (date: string | undefined) => (date ? `发布日期：${date}` : '公告未注明发布日期');
export const amendsNote = (title: string) => `本公告调整了《${title}》中的部分安排，调整后的时间已列入该公告的时间表。`;
export const asOfNote = '依据官方公告整理。业务状态截至';
export const filterHint = (place: string | undefined) => (place ? `区县、业务或电话，如：${place}` : '区县、业务或电话');
export const NO_MATCH = '没有符合筛选条件的内容。请换个说法，或清空筛选框查看全部。';

/** The timeline picture: what each mark means, and its text for screen readers. */
export const LEGEND = {
  bar: '暂停',
  resume: '恢复',
  fade: '逐步恢复',
  open: '恢复时间未定（另行通知或公告未写明）',
  moment: '所选时刻',
} as const;
export const timelineTitle = (city: string, asOf: string) => `${city}停机时间线（截至${asOf}）`;
export const timelineLead = (asOf: string) => `每行一项业务，横条为暂停时段，竖线为所选时刻${asOf}。`;
export const timelineRow = (name: string, label: string, windows: string[], status: string) =>
  `${name}（${label}）：${windows.length ? windows.join('；') : status}。`;
export const windowText = (suspend: string, end: string) => `${suspend}起暂停，${end}`;
