// The importer on a government site's page saved whole (its chrome, a 序号 contacts table with
// blank and 同左 cells, development zones) and a WeChat article with its byline: practice
// notices of the project's own (test/fixtures/import-pages/), and short texts of their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft, ROOT } from '../support/import-support.ts';

afterAll(removeTempDirs);

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/import-pages', name));
const contacts = (facts: Record<string, any>) => (facts.contacts as any[]).map((c) => [c.unit, c.level, c.label, c.phones.map((p: any) => p.number).join()]);
const districts = (facts: Record<string, any>) => (facts.districts as any[]).map((d) => d.name);

describe('a government page saved whole', () => {
  it('keeps only the notice: its title, date line, body, table and signature', async () => {
    const d = await draft(fixture('xiangyang.raw.html'), 'xiangyang.html');
    const md = d.result.noticeMd;
    expect(md.split('\n')[0]).toBe('# 襄阳市医疗保障局关于医保信息系统切换期间暂停部分医保业务的公告');
    expect(md).toMatch(/^发布时间：2023-03-06 10:20 信息来源：襄阳市医疗保障局$/m);
    expect(md).toContain('| 序号 | 经办机构 | 咨询电话 | 结算咨询电话 |');
    expect(md).toMatch(/襄阳市医疗保障局\n\n2023年3月6日/);
    for (const chrome of [
      /DOCTYPE/i,
      /无障碍|长者模式/,
      /机构概况|政务公开/,
      /字号|大 中 小/,
      /打印|关闭/,
      /相关链接|国家医疗保障局\n|湖北省医疗保障局\n/,
      /上一篇|下一篇/,
    ])
      expect(md).not.toMatch(chrome);
    for (const chrome of [/版权所有/, /ICP/, /主办单位/, /网站地图/, /扫一扫/, /分享到/, /浏览次数/]) expect(md).not.toMatch(chrome);
    expect(d.facts.issuers).toEqual(['襄阳市医疗保障局']);
    d.load();
  });

  it('finds the notice in a page whose title sits outside the text, without a class name it knows', async () => {
    const page = `<!DOCTYPE html><html><head><title>关于暂停医保结算的通知_株洲市医疗保障局</title></head><body>
      <div class="x1"><a href="/">首页</a> <a href="/a">新闻</a> <a href="/b">公开</a> <a href="/c">服务</a></div>
      <div class="x2"><div class="x3">关于暂停医保结算的通知</div><div class="x4">
        <p>因系统升级，2023年6月2日（星期五）20:00起，全市定点医疗机构暂停住院医保结算，6月5日8:00起恢复。</p>
        <p>停机期间出院的，先缴纳押金，系统恢复后回医院补结算。</p>
        <p>株洲市医疗保障局</p><p>2023年5月30日</p></div></div>
      <div class="x5"><p>联系我们 | 网站声明</p><p>株洲市医疗保障局 湘ICP备00000000号</p></div></body></html>`;
    const d = await draft(page, 'zhuzhou.html');
    expect(d.result.noticeMd).toBe(
      '# 关于暂停医保结算的通知\n\n因系统升级，2023年6月2日（星期五）20:00起，全市定点医疗机构暂停住院医保结算，6月5日8:00起恢复。\n\n停机期间出院的，先缴纳押金，系统恢复后回医院补结算。\n\n株洲市医疗保障局\n\n2023年5月30日\n',
    );
    expect(d.facts.published).toBe('2023-05-30');
  });
});

describe('an old page laid out by tables', () => {
  it('keeps the cell that holds the notice, its 字体 and 点击数 dropped, a sentence with two links kept', async () => {
    const page = `<html><head><title>关于医保系统升级暂停服务的公告</title></head><body>
<table width="1000"><tr><td><img src="logo.gif"> 某某市医疗保障局</td></tr>
<tr><td><a href="/">首页</a> <a href="/1">机构设置</a> <a href="/2">政策法规</a> <a href="/3">办事指南</a> <a href="/4">联系我们</a></td></tr></table>
<table width="1000"><tr><td width="200"><a href="/x">通知公告</a><br><a href="/y">工作动态</a><br><a href="/z">政策解读</a></td>
<td class="bt_content">
<p align="center"><b>株洲市医疗保障局关于医保系统升级暂停服务的公告</b></p>
<p align="center">发布日期：2023-05-30　　点击数：125　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</p>
<p>因系统升级，2023年6月2日（星期五）20:00起，全市定点医疗机构暂停住院医保结算，6月5日8:00起恢复。参保人可通过<a href="#">国家医保服务平台</a>APP或<a href="#">湘医保</a>小程序查询。</p>
<p>停机期间出院的，先缴纳押金，系统恢复后回医院补结算。</p>
<p align="right">株洲市医疗保障局</p><p align="right">2023年5月30日</p>
</td></tr></table>
<table><tr><td>版权所有：株洲市医疗保障局 湘ICP备00000000号 技术支持：某某网络公司</td></tr></table>
</body></html>`;
    const d = await draft(page, 'zhuzhou.html');
    expect(d.result.noticeMd).toBe(
      [
        '**株洲市医疗保障局关于医保系统升级暂停服务的公告**',
        '发布日期：2023-05-30',
        '因系统升级，2023年6月2日（星期五）20:00起，全市定点医疗机构暂停住院医保结算，6月5日8:00起恢复。参保人可通过国家医保服务平台APP或湘医保小程序查询。',
        '停机期间出院的，先缴纳押金，系统恢复后回医院补结算。',
        '株洲市医疗保障局',
        '2023年5月30日\n',
      ].join('\n\n'),
    );
  });
});

describe('a contacts table numbered by rows', () => {
  it('reads each unit from its column, one contact per phone column, 同左 and blank cells as the notice has them, the area code the sentence above gives', async () => {
    const d = await draft(fixture('xiangyang.raw.html'), 'xiangyang.html');
    const rows = contacts(d.facts);
    expect(rows.filter((r) => r[2] === '经办机构' || /^\d+$/.test(r[0]))).toEqual([]);
    expect(new Set(rows.filter((r) => r[0].endsWith('服务中心')).map((r) => r[0])).size).toBe(12);
    expect(rows).toContainEqual(['襄阳市医疗保障服务中心', 'city', '结算咨询电话', '0710-3601862']);
    expect(rows).toContainEqual(['襄城区医疗保障服务中心', 'district', '结算咨询电话', '0710-3511402']); // 同左
    expect(rows).toContainEqual(['襄州区医疗保障服务中心', 'district', '结算咨询电话', '']); // —
    expect(rows).toContainEqual(['谷城县医疗保障服务中心', 'district', '结算咨询电话', '']); // /
    expect(rows).toContainEqual(['宜城市医疗保障服务中心', 'district', '结算咨询电话', '']); // blank
    expect(rows).toContainEqual(['高新区医疗保障服务中心', 'district', '咨询电话', '0710-3377105']);
    expect(rows.filter((r) => r[0].endsWith('服务中心')).length).toBe(24);
  });

  it('does the same for a Markdown table whose unit column is not the first, 同上 the number above, a column left blank kept', async () => {
    const d = await draft(
      [
        '# 株洲市医疗保障局关于暂停医保业务的公告',
        '2023年6月2日（星期五）20:00起，全市暂停办理异地就医备案业务。',
        [
          '| 序号 | 地区 | 单位 | 咨询电话 | 投诉电话 | 值班电话 |',
          '|---|---|---|---|---|---|',
          '| 1 | 荷塘区 | 荷塘区医疗保障服务中心 | 0731-28112233 | 同左 |  |',
          '| 2 | 天元区 | 天元区医疗保障服务中心 | — | 0731-28556677 |  |',
          '| 3 | 芦淞区 | 芦淞区医疗保障服务中心 | 0731-28990011 | 同上 |  |',
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(contacts(d.facts)).toEqual([
      ['荷塘区医疗保障服务中心', 'district', '咨询电话', '0731-28112233'],
      ['荷塘区医疗保障服务中心', 'district', '投诉电话', '0731-28112233'],
      ['荷塘区医疗保障服务中心', 'district', '值班电话', ''],
      ['天元区医疗保障服务中心', 'district', '咨询电话', ''],
      ['天元区医疗保障服务中心', 'district', '投诉电话', '0731-28556677'],
      ['天元区医疗保障服务中心', 'district', '值班电话', ''],
      ['芦淞区医疗保障服务中心', 'district', '咨询电话', '0731-28990011'],
      ['芦淞区医疗保障服务中心', 'district', '投诉电话', '0731-28556677'],
      ['芦淞区医疗保障服务中心', 'district', '值班电话', ''],
    ]);
    d.load();
  });
});

describe('development zones', () => {
  it('are districts when the table or the text names a 医保 unit of theirs', async () => {
    const page = await draft(fixture('xiangyang.raw.html'), 'xiangyang.html');
    expect(districts(page.facts)).toEqual(expect.arrayContaining(['襄城区', '枣阳市', '高新区', '东津新区']));
    expect(page.facts.districts).toContainEqual({ name: '高新区', aliases: ['高新'] });
    const article = await draft(fixture('jiujiang.raw.md'), 'jiujiang.md');
    expect(districts(article.facts)).toEqual(['濂溪区', '经开区', '八里湖新区']);
    expect(contacts(article.facts)).toContainEqual(['经开区医疗保障服务窗口', 'district', '咨询电话', '0792-8316025']);
    const prose = await draft('# 株洲医保停机公告\n\n2023年6月2日20:00起，株洲高新区医保服务大厅和云龙示范区社保窗口暂停办理参保登记。\n');
    expect(districts(prose.facts)).toEqual(['高新区']);
    const full = await draft('# 洛阳医保停机公告\n\n2022年9月20日18时起，洛阳经济技术开发区医保中心暂停办理参保登记。\n');
    expect(full.facts.districts).toEqual([{ name: '经济技术开发区', aliases: ['经开区', '经开'] }]);
  });
});

describe('a WeChat article', () => {
  it('reads its byline: the agency after 来源 is the issuer, the date after 原创 the publication date', async () => {
    const d = await draft(fixture('jiujiang.raw.md'), 'jiujiang.md');
    expect(d.facts.issuers).toEqual(['九江市医疗保障局']);
    expect(d.facts.published).toBe('2023-04-18');
    expect(d.result.noticeMd).not.toMatch(/点击蓝字|长按识别二维码|往期推荐|阅读原文/);
    d.load();
  });

  it('saved as a page: the article only (title, byline, text), its byline read the same', async () => {
    const d = await draft(fixture('kaifeng-wechat.raw.html'), 'kaifeng.html');
    const lines = d.result.noticeMd.split('\n\n');
    expect(lines.slice(0, 3)).toEqual([
      '# 开封医保系统切换，这些业务暂停办理！',
      '原创 开封医保 开封医保 2022-09-14 18:02 发表于河南',
      '来源：开封市医疗保障局',
    ]);
    expect(d.result.noticeMd).not.toMatch(/长按识别二维码|阅读原文|在看|var ct/);
    expect([d.facts.issuers, d.facts.published]).toEqual([['开封市医疗保障局'], '2022-09-14']);
    expect(districts(d.facts)).toEqual(['龙亭区', '鼓楼区', '经开区']);
    d.load();
  });

  it("reads a 发布时间 inside the line of the page's information", async () => {
    const d = await draft('# 株洲医保停机公告\n\n信息来源：株洲市医疗保障局 发布时间：2023年05月30日\n\n6月2日20:00起，全市暂停办理参保登记。\n');
    expect([d.facts.issuers, d.facts.published]).toEqual([['株洲市医疗保障局'], '2023-05-30']);
    const stop = await draft('# 株洲医保停机公告\n\n暂停业务办理时间：2023年6月2日20:00\n\n2023年6月2日20:00起，全市暂停办理参保登记。\n');
    expect(stop.facts.published).toBeUndefined(); // a stop's 时间 is no publication date
  });
});

describe('procedure questions', () => {
  it('ask once: no doubled 怎么办, no question twice in a procedure', async () => {
    for (const [file, name] of [
      ['xiangyang.raw.html', 'xiangyang.html'],
      ['jiujiang.raw.md', 'jiujiang.md'],
    ] as const) {
      const d = await draft(fixture(file), name);
      const questions = (d.facts.procedures as any[]).flatMap((p) => p.questions as string[]);
      expect(questions.filter((q) => /(怎么办|[？?])怎么办$/.test(q))).toEqual([]);
      for (const p of d.facts.procedures as any[]) expect(p.questions.length).toBe(new Set(p.questions).size);
      if (file.startsWith('xiangyang')) expect(questions).toContain('暂停期间怎么办');
    }
  });
});

describe('a resumption of part of what stopped', () => {
  // jiujiang.raw.md: "4月24日8时起恢复联网结算和备案；其他经办业务4月26日起逐步恢复". 备案 reads as the
  // concept 待遇申报, which 门诊慢特病待遇认定 and 零星报销 share with 异地就医备案: all three resume on
  // 4月24日. The fix belongs to resumption matching (resumptions.ts, worked on in another branch).
  it.todo('resumes only the business an item names literally (备案 → 异地就医备案), the others with 其他经办业务');
});
