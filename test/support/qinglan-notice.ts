// Two fictional cities' notices (written to a temp folder) whose contact tables print units in full
// (青岚市医疗保障服务中心, 松源市医疗保险管理中心, a development zone named with the city, 青岚经开区), beside
// a 12345 line and a 举报 line; and whose businesses tell local settlement from care elsewhere (异地).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { noticeHeadYaml, windowYaml } from './facts-yaml.ts';
import { tempDir } from './helpers.ts';

const QINGLAN = `# 青岚市医疗保障局关于医保信息系统切换暂停部分业务的公告

一、2024年5月10日18:00起，暂停医疗费用零星报销，预计2024年5月20日9:00起恢复。

二、2024年5月10日18:00起，暂停异地就医备案，预计2024年5月18日9:00起恢复。暂停期间确需外出就医的，可先行垫付，恢复后补办备案。

三、2024年5月12日20:00起，暂停异地就医直接结算，预计2024年5月19日8:00起恢复。

四、2024年5月12日20:00起，暂停定点医院住院医保结算，预计2024年5月16日8:00起恢复。暂停期间办理出院的，先行垫付，恢复后回医院补办结算。

五、咨询电话
青岚市医疗保障服务中心：0931-6100001
青岚经开区：0931-6100002
青岚高新区：0931-6100003
政务服务便民热线：12345
医保基金监督举报电话：0931-6100009

青岚市医疗保障局
2024年5月6日
`;

const W = (suspend: string, resume: string, n: string, r: string) =>
  windowYaml(suspend, `${n}起，暂停`, resume, `预计${r}起恢复`).replace(/suspend_quote: (.*)\n/, 'suspend_quote: $1\n');

const business = (id: string, name: string, suspend: string, resume: string, n: string, r: string, during?: string) =>
  `  - id: ${id}
    name: ${name}
    domain: 医保
${W(suspend, resume, n, r)}${during ? `    during:\n      - text: ${during}\n        quote: ${during}\n` : ''}`;

const contact = (unit: string, level: string, label: string, number: string, quote: string) => `  - unit: ${unit}
    level: ${level}
    topic: general
    label: ${label}
    phones:
      - number: "${number}"
    quote: ${quote}
`;

const QINGLAN_FACTS = `${noticeHeadYaml('qinglan-2024-05', '青岚', '青岚市医疗保障局关于医保信息系统切换暂停部分业务的公告', '2024-05-06')}businesses:
${business('claims', '医疗费用零星报销', '2024-05-10T18:00', '2024-05-20T09:00', '2024年5月10日18:00', '2024年5月20日9:00')}${business('remote-filing', '异地就医备案', '2024-05-10T18:00', '2024-05-18T09:00', '2024年5月10日18:00', '2024年5月18日9:00', '暂停期间确需外出就医的，可先行垫付，恢复后补办备案')}${business('remote-settlement', '异地就医直接结算', '2024-05-12T20:00', '2024-05-19T08:00', '2024年5月12日20:00', '2024年5月19日8:00')}${business('inpatient', '定点医院住院医保结算', '2024-05-12T20:00', '2024-05-16T08:00', '2024年5月12日20:00', '2024年5月16日8:00', '暂停期间办理出院的，先行垫付，恢复后回医院补办结算')}contacts:
${contact('青岚市医疗保障服务中心', 'city', '咨询电话', '0931-6100001', '青岚市医疗保障服务中心：0931-6100001')}${contact('青岚经开区', 'city', '电话', '0931-6100002', '青岚经开区：0931-6100002')}${contact('青岚高新区', 'city', '电话', '0931-6100003', '青岚高新区：0931-6100003')}${contact('政务服务便民', 'city', '政务服务便民热线', '12345', '政务服务便民热线：12345')}${contact('医保基金监督', 'city', '医保基金监督举报电话', '0931-6100009', '医保基金监督举报电话：0931-6100009')}`;

const SONGYUAN = `# 松源市医疗保障局关于医保系统升级的公告

2024年6月1日18:00起，暂停参保登记，预计2024年6月5日9:00起恢复。

咨询电话：松源市医疗保险管理中心 0932-7100001；松源市医疗保障服务热线 12393。高新区医保分局 0932-7100005。
`;

const SONGYUAN_FACTS = `${noticeHeadYaml('songyuan-2024-06', '松源', '松源市医疗保障局关于医保系统升级的公告', '2024-05-28')}districts:
  - name: 高新区
businesses:
${business('enrol', '参保登记', '2024-06-01T18:00', '2024-06-05T09:00', '2024年6月1日18:00', '2024年6月5日9:00')}contacts:
${contact('松源市医疗保险管理中心', 'city', '咨询电话', '0932-7100001', '松源市医疗保险管理中心 0932-7100001')}${contact('松源市医疗保障', 'city', '松源市医疗保障服务热线', '12393', '松源市医疗保障服务热线 12393')}${contact('高新区医保分局', 'district', '咨询电话', '0932-7100005', '高新区医保分局 0932-7100005')}`;

/** A knowledge folder with both cities' notices. */
export function qinglanKnowledge(): string {
  const dir = tempDir('cutover-qinglan-');
  for (const [id, notice, facts] of [
    ['qinglan-2024-05', QINGLAN, QINGLAN_FACTS],
    ['songyuan-2024-06', SONGYUAN, SONGYUAN_FACTS],
  ] as const) {
    mkdirSync(join(dir, id));
    writeFileSync(join(dir, id, 'notice.md'), notice);
    writeFileSync(join(dir, id, 'facts.yaml'), facts);
  }
  return dir;
}
