// What operators found wrong in drafts of notices the importer had never met, each rule in a
// notice of this file's own: column names read as units, a year missing from the dates, a title
// broken over two lines; and the styles of a WeChat article saved from a browser (spanned table
// cells, app chrome, emoji markers, bold spans) and of a newspaper report copied as text
// (当晚/次日, 上述业务, contacts listed in prose).
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const units = (facts: Record<string, any>) => (facts.contacts as any[]).map((c) => c.unit);
const phoneOf = (facts: Record<string, any>, unit: string) =>
  (facts.contacts as any[]).filter((c) => c.unit === unit).flatMap((c) => c.phones.map((p: any) => p.number));
const windowOf = (facts: Record<string, any>, part: string) => {
  const w = (facts.businesses as any[]).find((b) => b.name.includes(part))?.windows[0];
  return w && [w.suspend, w.resume ?? w.resume_mode ?? null];
};

const STOP = '自3月8日（星期三）18:00起，暂停城乡居民医保参保缴费，3月13日9:00恢复。';

describe('a contacts table whose column names are not its first row', () => {
  it('reads the names below a caption row as the columns, never as a unit', async () => {
    const d = await draft(
      `# 松溪市医疗保障局关于暂停医保缴费的通知\n\n${STOP}\n\n| 各区县咨询电话 | |\n|---|---|\n| 单位名称 | 咨询电话 |\n| 东坪区医保中心 | 0599-6230011 |\n| 西岭县医保中心 | 0599-6240022 |\n\n松溪市医疗保障局\n\n2023年3月1日\n`,
    );
    expect(units(d.facts)).not.toContain('单位名称');
    expect(phoneOf(d.facts, '东坪区医保中心')).toEqual(['0599-6230011']);
    expect((d.facts.contacts as any[]).find((c) => c.unit === '西岭县医保中心')?.label).toBe('咨询电话');
    d.load();
  });

  it('drops a header printed again inside the table', async () => {
    const d = await draft(
      `# 松溪市医疗保障局关于暂停医保缴费的通知\n\n${STOP}\n\n| 区县 | 联系电话 |\n|---|---|\n| 东坪区 | 0599-6230011 |\n| 区县 | 联系电话 |\n| 西岭县 | 0599-6240022 |\n\n2023年3月1日\n`,
    );
    expect(units(d.facts).sort()).toEqual(['东坪区', '西岭县']);
  });
});

describe('a notice whose dates leave the year out', () => {
  const body = '3月8日（星期三）18:00起，暂停城乡居民医保参保缴费，3月13日9:00恢复。';

  it('takes the year from a WeChat byline written with 年月日', async () => {
    const d = await draft(`# 松溪医保：缴费暂停啦\n\n原创 松溪医保 松溪医保 2019年3月1日 17:45\n\n${body}\n`);
    expect(d.facts.published).toBe('2019-03-01');
    expect(windowOf(d.facts, '缴费')).toEqual(['2019-03-08T18:00', '2019-03-13T09:00']);
  });

  it("takes it from a newspaper's page line above the report", async () => {
    const d = await draft(`松溪市医保缴费下周暂停\n\n2019年03月02日 星期六 松溪晚报 第4版：民生\n\n本报讯（记者 李青）${body}\n`, 'report.txt');
    expect(d.facts.published).toBe('2019-03-02');
    expect(windowOf(d.facts, '缴费')![0]).toBe('2019-03-08T18:00');
  });

  it("takes the day of a news dateline when the paper's date is not printed, with the year printed elsewhere", async () => {
    const d = await draft(`松溪市医保缴费下周暂停\n\n本报讯（记者 李青）3月2日，记者从市医保局获悉，${body}\n\n（原载2019年的松溪晚报）\n`, 'report.txt');
    expect(d.facts.published).toBe('2019-03-02');
  });

  it('gives a January date after a December notice the next year', async () => {
    const d = await draft(
      `# 松溪市医疗保障局关于暂停医保结算的公告\n\n12月30日（星期一）20:00起，暂停定点药店医保结算，1月2日（星期四）8:00恢复。\n\n松溪市医疗保障局\n\n2019年12月20日\n`,
    );
    expect(windowOf(d.facts, '药店')).toEqual(['2019-12-30T20:00', '2020-01-02T08:00']);
  });
});

describe('a title printed over two lines', () => {
  it('is the whole title, and the city comes from its first line', async () => {
    const d = await draft(`**三明市医疗保障局关于医保系统升级**\n\n**期间暂停部分业务的公告**\n\n${STOP}\n\n2023年3月1日\n`, 'notice.md');
    expect(d.facts.title).toBe('三明市医疗保障局关于医保系统升级期间暂停部分业务的公告');
    expect(d.facts.city.name).toBe('三明');
  });

  it("joins a newspaper's headline of two lines with a space", async () => {
    const d = await draft(`松溪市医保缴费下周暂停\n办事群众请提前安排\n\n本报记者 李青\n\n${STOP}\n\n2023年3月2日\n`, 'report.txt');
    expect(d.facts.title).toBe('松溪市医保缴费下周暂停 办事群众请提前安排');
  });

  it('leaves an agency line above a whole title alone', async () => {
    const d = await draft(`松溪市医疗保障局\n\n关于暂停医保缴费的通知\n\n${STOP}\n\n2023年3月1日\n`, 'notice.txt');
    expect(d.facts.title).toBe('关于暂停医保缴费的通知');
  });
});

const wechat = (content: string) => `<!DOCTYPE html><html><head><title>缴费暂停提醒</title></head><body>
<div id="img-content"><h1 class="rich_media_title">医保缴费暂停办理，这些事要知道→</h1>
<div id="meta_content"><span>原创</span> <a id="js_name">松溪医保</a> <em id="publish_time">2019年3月1日 17:45</em> <em>发表于福建</em></div>
<div id="js_content">${content}</div>
<div class="rich_media_tool"><div>阅读 1.2万</div><div><span>点赞</span> <span>12</span></div><div><span>在看</span> <span>3</span></div><div><span>写留言</span></div></div>
</div></body></html>`;

describe('a WeChat article saved from a browser', () => {
  it('carries a cell spanning rows down into each row it spans', async () => {
    const d = await draft(
      wechat(`<section><p>各项业务暂停时间如下：</p></section><table><tbody>
<tr><td>暂停业务</td><td>暂停时间</td><td>恢复时间</td></tr>
<tr><td>门诊医保结算</td><td rowspan="2">3月8日18:00</td><td>3月10日8:00</td></tr>
<tr><td>住院医保结算</td><td>3月11日8:00</td></tr></tbody></table>`),
      'article.html',
    );
    expect(d.result.noticeMd).toContain('| 住院医保结算 | 3月8日18:00 | 3月11日8:00 |');
    expect(windowOf(d.facts, '住院')).toEqual(['2019-03-08T18:00', '2019-03-11T08:00']);
    d.load();
  });

  it("drops the app's counters and buttons and a heading's emoji, and keeps the byline's date", async () => {
    const d = await draft(
      wechat(
        `<section><p><span style="font-weight:bold">📌 一、暂停安排</span></p></section><section><p>${STOP}</p></section><section><p>👇👇</p><p>编辑：林青　审核：王白</p></section>`,
      ),
      'article.html',
    );
    const md = d.result.noticeMd;
    for (const chrome of [/阅读 1\.2万/, /点赞/, /在看/, /写留言/, /👇/, /编辑：林青/, /📌/]) expect(md).not.toMatch(chrome);
    expect(md).toMatch(/^\*\*一、暂停安排\*\*$/m);
    expect(d.facts.published).toBe('2019-03-01');
  });

  it('keeps a sentence whole when its time is set in bold', async () => {
    const d = await draft(
      wechat(
        '<section><p><span>自</span><strong><span style="color:red">3月8日（星期五）18:00</span></strong><span>起，暂停城乡居民医保参保缴费，</span><strong>3月13日9:00</strong><span>恢复。</span></p></section>',
      ),
      'article.html',
    );
    expect(d.result.noticeMd).toContain('自3月8日（星期五）18:00起，暂停城乡居民医保参保缴费，3月13日9:00恢复。');
    expect(windowOf(d.facts, '缴费')).toEqual(['2019-03-08T18:00', '2019-03-13T09:00']);
  });

  it('guides nobody with its headline: the lines under it are no procedures', async () => {
    const d = await draft(
      wechat(
        `<section><p><strong>松溪市医疗保障局关于暂停医保缴费的通知</strong></p></section><section><p>各参保单位、广大参保群众：</p></section><section><p>${STOP}</p></section>`,
      ),
      'article.html',
    );
    expect((d.facts.procedures as any[]).map((p) => p.title).join('\n')).not.toMatch(/这些事要知道/);
  });
});

describe('a newspaper report copied as text', () => {
  const report = (body: string) => `松溪市医保系统月底切换\n\n2019年03月02日 星期六 松溪晚报\n\n${body}\n`;

  it('reads 当晚 as the day the sentence before named, and 次日 as the day after the date just named', async () => {
    const d = await draft(
      report('3月8日是切换的关键一天。当晚8点起，全市定点药店医保结算暂停。新系统3月10日完成验证后，次日上午8时30分起，定点药店医保结算恢复。'),
      'report.txt',
    );
    expect(windowOf(d.facts, '药店')).toEqual(['2019-03-08T20:00', '2019-03-11T08:30']);
    d.load();
  });

  it('resumes what the sentence before stopped when the resumption says 上述业务', async () => {
    const d = await draft(report('3月7日下午5时起，医保经办窗口暂停受理参保登记、关系转移接续等业务。上述业务于3月12日上午8时30分起恢复办理。'), 'report.txt');
    expect(windowOf(d.facts, '参保登记')).toEqual(['2019-03-07T17:00', '2019-03-12T08:30']);
    expect(windowOf(d.facts, '转移')).toEqual(['2019-03-07T17:00', '2019-03-12T08:30']);
  });

  it('reads "停机前已住院、停机期间出院的" as advice for the time during, not before', async () => {
    const d = await draft(
      report(`3月8日18:00起，暂停住院医保结算，3月11日8:00恢复。\n\n停机前已住院、停机期间要出院的病人，可先交押金办理出院，恢复后再结算。`),
      'report.txt',
    );
    const step = (d.facts.procedures as any[]).find((p) => /押金/.test(p.answer));
    expect(step?.phase).toBe('during');
  });

  it("gives each piece of an official's advice its own procedure: 开药 before, 异地就医 during", async () => {
    const d = await draft(
      report(
        `3月7日下午5时起，异地就医备案暂停，3月12日8时恢复。\n\n这位负责人提醒，慢特病患者可在3月7日前到医院开药，一次可开两个月；停机期间要去外地看病的，可先自费，恢复后补办备案再报销。`,
      ),
      'report.txt',
    );
    const answers = (d.facts.procedures as any[]).map((p) => p.answer);
    expect(answers.find((a) => /外地看病/.test(a))).not.toMatch(/开药/);
  });

  it('reads places and their numbers listed after 咨询电话：', async () => {
    const d = await draft(report(`${STOP}各区县也开通了咨询电话：东坪区0599-6230011，西岭县0599-6240022。`), 'report.txt');
    expect(phoneOf(d.facts, '东坪区')).toEqual(['0599-6230011']);
    expect(phoneOf(d.facts, '西岭县')).toEqual(['0599-6240022']);
    d.load();
  });
});
