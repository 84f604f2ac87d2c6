// `npm run import`: a notice file in, a draft folder out (exit 0, with kb:check's result);
// bad input gets one clear line and a non-zero exit, never a stack trace. And a .docx, built
// here, is read like any other notice.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, runTsx, tempDir } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;
const NOTICE =
  '# 某市医疗保障局关于系统切换的通告\n\n2022年6月10日18时起，暂停办理门诊结算业务。2022年6月13日8时起，恢复办理门诊结算业务。\n\n某市医疗保障局\n\n2022年6月8日\n';

describe('npm run import', () => {
  it('writes the draft folder, prints the counts and kb:check’s result, and exits 0', () => {
    const dir = tempDir();
    const file = join(dir, 'shili.md');
    writeFileSync(file, NOTICE);
    const r = runTsx('bin/import.ts', file, '--out', dir, '--id', 'shili-2022-06', '--city', '南宁', '--no-smoke');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 businesses, 1 windows/);
    expect(r.stdout).toMatch(/kb:check: ok/);
    expect(readFileSync(join(dir, 'shili-2022-06', 'facts.yaml'), 'utf8')).toMatch(/suspend: 2022-06-10T18:00/);
    expect(existsSync(join(dir, 'shili-2022-06', 'notice.md'))).toBe(true);
    // a second run does not overwrite the folder unless told to
    const again = runTsx('bin/import.ts', file, '--out', dir, '--id', 'shili-2022-06');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already has a facts\.yaml/);
  });

  it('does not say "kb:check: ok" when its smoke test finds a business missing more than half its questions', () => {
    const dir = tempDir();
    const file = join(dir, 'twins.md');
    writeFileSync(
      file,
      '# 示例市医疗保障局关于医保信息系统切换停机的公告\n\n一、2022年3月18日18:00起，暂停全市医保联网结算（门诊）业务，预计2022年3月21日8:00起恢复。\n\n二、2022年3月19日18:00起，暂停全市医保联网结算（住院）业务，恢复时间另行通知。\n\n示例市医疗保障局\n\n2022年3月10日\n',
    );
    const r = runTsx('bin/import.ts', file, '--out', dir, '--id', 'shili-2022-03', '--city', '示例');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/kb:check: ok/);
    expect(r.stdout).toMatch(/error: smoke 医保联网结算（住院）.*more than half/);
    expect(r.stdout).toMatch(/kb:check: 1 error\(s\) in the draft/);
  });

  it.each([
    ['an empty file', 'empty.txt', '', /the notice is empty/],
    ['binary junk', 'junk.txt', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02, 0x03, 0x80, 0x81, 0x00, 0x00]), /not a text file/],
    ['an unknown extension', 'notice.xlsx', NOTICE, /unknown file type "\.xlsx"/],
    ['a PDF', 'notice.pdf', '%PDF-1.4', /PDF: not supported/],
    ['a notice with no dates', 'nodate.md', '# 关于系统切换的通告\n\n近期将暂停办理医保业务，具体时间另行通知。\n', /states no date/],
    ['a .docx that is no zip', 'fake.docx', NOTICE, /not a \.docx file/],
  ])('refuses %s with one line and exit 1', (_what, name, content, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), content);
    const r = runTsx('bin/import.ts', join(dir, name), '--out', dir);
    expect(r.status, r.stdout).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses a missing file and a missing argument', () => {
    expect(runTsx('bin/import.ts', '/no/such/notice.md').stderr).toMatch(/^import: cannot read \/no\/such\/notice\.md: no such file\n$/);
    const none = runTsx('bin/import.ts');
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^no notice file given\nusage: npm run import/);
  });
});

/** A minimal .docx: a heading, paragraphs and a table, as Word writes them. */
async function docx(paragraphs: string[], rows: string[][]): Promise<Uint8Array> {
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  const cell = (t: string) => `<w:tc>${p(t)}</w:tc>`;
  const table = `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map(p).join('')}${table}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('a .docx notice', () => {
  it('is read with its paragraphs and its table', async () => {
    const bytes = await docx(
      [
        '贵阳市医疗保障局关于医保系统升级暂停服务的公告',
        '2022年7月2日（星期六）20:00起，暂停办理住院结算业务。',
        '2022年7月4日8:00起，恢复住院结算业务。',
        '贵阳市医疗保障局',
        '2022年6月28日',
      ],
      [
        ['单位', '住院结算'],
        ['市医保中心', '0851-5551234'],
        ['南明区', ''],
      ],
    );
    const d = await draft(bytes, 'guiyang.docx');
    expect(d.result.noticeMd).toMatch(/\| 市医保中心 \| 0851-5551234 \|/);
    expect(d.facts.city).toMatchObject({ name: '贵阳', province: '贵州' });
    expect(d.facts.businesses[0].windows[0]).toMatchObject({ suspend: '2022-07-02T20:00', resume: '2022-07-04T08:00', resume_mode: 'date' });
    expect(d.facts.contacts.map((c: any) => [c.unit, c.phones.length])).toEqual([
      ['市医保中心', 1],
      ['南明区', 0],
    ]);
    d.load();
  });
});
