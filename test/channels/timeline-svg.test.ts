// The timeline picture as a string: every text escaped, each kind of end drawn as
// such (resumption mark, fading 逐步恢复, dashed open end with an arrow), a legend of
// only the marks used, and the moment line placed by `asOf`.
import { describe, expect, it } from 'vitest';
import type { StatusStrip } from '../../handlers/faq-data.ts';
import { MAX_TIMELINES, type TimelineInput, type TimelineRow, timelineSvg, withTimelines } from '../../handlers/timeline-svg.ts';

type Win = TimelineRow['windows'][number];
const during = { state: 'suspended', label: '暂停中', text: '' } as const;
const win = (resumeMode: Win['resumeMode'], resume?: string, resumeDescription = '公告未给出恢复时间'): Win => ({
  suspend: '2021-12-22T18:00:00+08:00',
  suspendText: '12月22日18:00',
  resume,
  resumeMode,
  resumeDescription,
});
const picture = (windows: Win[], asOf = '2021-12-25T10:00:00+08:00', name = '医保实时联网结算'): string =>
  timelineSvg({
    id: 'wuhan-2021-12',
    title: '武汉停机时间线',
    asOf,
    asOfText: '12月25日10:00',
    rows: [{ name, status: during, windows }],
  } satisfies TimelineInput);

const momentX = (svg: string) => Number(/<line x1="([\d.]+)"[^>]*class="tl-now"/.exec(svg)![1]);
const barX = (svg: string) => Number(/<rect x="([\d.]+)"[^>]*data-window=""|data-window=""[^>]*><rect x="([\d.]+)"/.exec(svg)!.slice(1).find(Boolean));

describe('timelineSvg', () => {
  it('escapes every text: names, titles, dates and ids', () => {
    const evil = '<script>alert("x")</script> & \'q\'';
    const svg = timelineSvg({
      id: 'a"><script>',
      title: `标题${evil}`,
      asOf: '2021-12-25T10:00:00+08:00',
      asOfText: `时刻${evil}`,
      rows: [
        {
          name: `业务${evil}`,
          status: { state: 'suspended', label: `状态${evil}`, text: '' },
          windows: [{ ...win('tbd'), suspendText: `起${evil}`, resumeDescription: `止${evil}` }],
        },
      ],
    });
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toContain('"x"');
    expect(svg).toContain('业务&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(svg).toContain('<title id="a___script_-title">标题&lt;script&gt;');
    // every attribute value is quoted and closed: no bare < or " inside a tag's text
    expect(svg.match(/<title[^>]*>[^<]*<\/title>/)).not.toBeNull();
  });

  it('draws a dated end as a bar with a resumption mark, and lists only the marks used', () => {
    const svg = picture([win('date', '2021-12-31T23:00:00+08:00', '预计12月31日23:00起恢复')]);
    expect(svg).toContain('data-end="date"');
    expect(svg).toContain('class="tl-resume"');
    expect(svg).not.toContain('stroke-dasharray="3 2"');
    expect(svg).toContain('12月22日18:00起暂停，预计12月31日23:00起恢复');
    expect(svg).toContain('>恢复</text>');
    expect(svg).not.toContain('逐步恢复</text>');
    expect(svg).not.toContain('恢复时间未定');
  });

  it('draws 另行通知 and unstated ends open: dashed, with an arrow, and says so in the legend', () => {
    for (const mode of ['tbd', 'unstated'] as const) {
      const svg = picture([win(mode, undefined, '恢复时间另行通知（公告未给出具体日期）')]);
      const bar = /<g class="tl-bar" data-window=""[^>]*data-end="open">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
      expect(bar, mode).toContain('stroke-dasharray="3 2"');
      expect(bar, mode).toContain('<polygon');
      expect(svg).not.toContain('class="tl-resume"');
      expect(svg).toContain('恢复时间未定（另行通知或公告未写明）');
      // the drawn end already says there is no date: the label does not repeat it
      expect(svg).toContain('12月22日18:00起暂停，恢复时间另行通知</text>');
    }
  });

  it('draws 逐步恢复 as a fading end, after the resumption mark when the notice gives a date', () => {
    const open = picture([win('gradual', undefined, '之后视实际情况逐步恢复（公告未给出具体日期）')]);
    expect(open).toContain('data-end="gradual-open"');
    expect(open).toContain('fill="url(#wuhan-2021-12-fade)"');
    expect(open).toContain('<linearGradient id="wuhan-2021-12-fade"');
    expect(open).not.toContain('class="tl-resume"');
    expect(open).toContain('逐步恢复</text>');

    const dated = picture([win('gradual', '2021-12-31T23:00:00+08:00', '12月31日23:00起逐步恢复')]);
    expect(dated).toContain('data-end="gradual-dated"');
    expect(dated).toContain('class="tl-resume"');
    expect(dated).toContain('fill="url(#wuhan-2021-12-fade)"');
  });

  it('places the moment line by asOf: left of the bar before the suspension, at the edge when far off', () => {
    const windows = [win('date', '2021-12-31T23:00:00+08:00')];
    const before = picture(windows, '2021-12-21T09:00:00+08:00');
    const inside = picture(windows, '2021-12-25T10:00:00+08:00');
    expect(momentX(before)).toBeLessThan(barX(before));
    expect(momentX(inside)).toBeGreaterThan(barX(inside));
    expect(momentX(inside)).not.toBe(momentX(before));

    // years later: the line waits at the right edge, dashed, its label pointing on
    const later = picture(windows, '2026-12-01T14:00:00+08:00');
    expect(later).toContain('data-off="right"');
    expect(later).toContain('12月25日10:00 →');
    expect(momentX(later)).toBe(352);
  });

  it('gives rows without windows their status text and an accessible title and description', () => {
    const svg = timelineSvg({
      id: 'x',
      title: '武汉停机时间线',
      asOf: '2021-12-25T10:00:00+08:00',
      asOfText: '12月25日10:00',
      rows: [
        { name: '社会保障卡补卡', status: { state: 'unaffected', label: '不受影响', text: '不受此次系统切换影响' }, windows: [] },
        { name: '医保实时联网结算', status: during, windows: [win('date', '2021-12-31T23:00:00+08:00', '预计12月31日23:00起恢复')] },
      ],
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-labelledby="x-title x-desc"/);
    expect(svg).toContain('不受此次系统切换影响</text>');
    expect(svg.match(/data-window=""/g)).toHaveLength(1);
    expect(/<desc id="x-desc">([^<]*)<\/desc>/.exec(svg)![1]).toContain('医保实时联网结算（暂停中）：12月22日18:00起暂停，预计12月31日23:00起恢复');
  });

  it('leaves the console payload without pictures when it covers more cities than the cap, without building them', () => {
    const strip = (n: number): StatusStrip => ({
      at: '',
      atText: '',
      cities: Array.from({ length: n }, (_, i) => ({ name: `城${i}`, notices: [], businesses: [] })),
    });
    const many = withTimelines(strip(MAX_TIMELINES + 1), () => {
      throw new Error('built the pictures anyway');
    });
    expect(many.cities.every((c) => c.timeline === undefined)).toBe(true);
    const few = withTimelines(strip(1), () => ({
      asOf: '2021-12-25T10:00:00+08:00',
      asOfText: '12月25日10:00',
      knowledgeVersion: '',
      cities: [{ name: '城0', aliases: [], districts: [], notices: [] }],
    }));
    expect(few.cities[0]!.timeline).toMatch(/^<svg /);
  });
});
