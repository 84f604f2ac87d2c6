// The importer on the ways other notices say the same things: a range, a resumption at the
// end of the stop sentence, a timetable of named lines, a stop verb after its object, a news
// page with its chrome, phone numbers dialled in prose. Wording of its own, not the fixtures'.
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const windows = (facts: Record<string, any>) =>
  (facts.businesses as any[]).flatMap((b) => (b.windows ?? []).map((w: any) => [b.name, w.suspend, w.resume ?? null, w.resume_mode ?? null]));

describe('how windows are stated', () => {
  it('reads a range (A至B) as a stop and its resumption', async () => {
    const d = await draft('# 柳州市医疗保障局通告\n\n2023年2月3日（星期五）22:00至2月6日（星期一）7:30，暂停全市定点药店刷卡购药。\n');
    expect(windows(d.facts)).toEqual([['定点药店刷卡购药', '2023-02-03T22:00', '2023-02-06T07:30', 'date']]);
    d.load();
  });

  it('resumes what a sentence stopped when it ends with "…起恢复" or "恢复时间另行通知"', async () => {
    const d = await draft(
      '# 柳州市医疗保障局通告\n\n一、2023年2月3日18:00起，暂停单位参保登记业务，2月8日8:00起恢复。\n\n二、2023年2月4日18:00起，暂停生育津贴申领业务，恢复时间另行通知。\n',
    );
    expect(windows(d.facts)).toEqual([
      ['单位参保登记业务', '2023-02-03T18:00', '2023-02-08T08:00', 'date'],
      ['生育津贴申领业务', '2023-02-04T18:00', null, 'tbd'],
    ]);
    d.load();
  });

  it('gives the window of a timetable line to the paragraph its name heads', async () => {
    const d = await draft(
      [
        '# 柳州市医疗保障局关于暂停部分医保业务的公告',
        '一、暂停时间',
        '（一）经办服务：2023年3月10日（星期五）17:00起暂停，3月14日（星期二）9:00起恢复。',
        '（二）刷卡结算：2023年3月11日24:00至3月13日8:00。',
        '二、暂停范围',
        '（一）经办服务。各级经办窗口暂停办理异地就医备案、零星报销等业务。',
      ].join('\n\n'),
    );
    expect(windows(d.facts)).toEqual([
      ['异地就医备案', '2023-03-10T17:00', '2023-03-14T09:00', 'date'],
      ['经办窗口零星报销业务', '2023-03-10T17:00', '2023-03-14T09:00', 'date'],
      ['刷卡结算', '2023-03-11T24:00', '2023-03-13T08:00', 'date'],
    ]);
    expect(d.facts.title).toBe('柳州市医疗保障局关于暂停部分医保业务的公告');
    d.load();
  });

  it('reads a stop verb that follows its object', async () => {
    const d = await draft('# 柳州医保停机\n\n据悉，跨省异地就医直接结算业务2023年4月1日20时起同步暂停，各项相关业务将陆续暂停办理。\n');
    expect(windows(d.facts)).toEqual([['跨省异地就医直接结算业务', '2023-04-01T20:00', null, null]]);
  });
});

describe('a news page', () => {
  const page = `<html><head><title>柳州医保下周停机</title></head><body>
    <div class="nav">首页 | 登录 | 2023年5月8日 星期一</div>
    <p>当前位置：首页 &gt; 民生</p>
    <h1>柳州医保下周停机 看病先垫付</h1>
    <p>2023-05-08 09:10　来源：柳州日报　分享到：微信 微博</p>
    <p>记者从市医保局获悉，5月12日（周五）20时起，全市定点医疗机构暂停住院医保结算。市民如有疑问，可拨打市医疗保障服务中心咨询电话0772-5551234，或拨打12345市民服务热线。</p>
    <p>停机期间住院的，费用先行垫付，系统恢复后回医院补结算。</p>
    <p>版权所有 柳州日报 桂ICP备00000000号 违法和不良信息举报电话：0772-0000000</p>
  </body></html>`;

  it('drops the chrome, keeps the date for the year, and reads the dialled numbers and the advice', async () => {
    const d = await draft(page, 'liuzhou.html');
    expect(d.result.noticeMd).not.toMatch(/版权所有|当前位置|分享到|ICP/);
    expect(windows(d.facts)).toEqual([['住院医保结算', '2023-05-12T20:00', null, null]]);
    expect(d.facts.city.name).toBe('柳州');
    expect((d.facts.contacts as any[]).map((c) => [c.unit, c.phones[0].number])).toEqual([
      ['市医疗保障服务中心', '0772-5551234'],
      ['市民', '12345'],
    ]);
    expect(d.facts.procedures).toEqual([expect.objectContaining({ quote: '停机期间住院的，费用先行垫付，系统恢复后回医院补结算。', phase: 'during' })]);
    d.load();
  });
});
