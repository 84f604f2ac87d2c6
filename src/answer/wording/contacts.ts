// The sentences that say where to ask (the notices' phone tables) and where a reply's facts
// come from (the source line). Part of the wording table (index.ts).

// ── the phone tables (contacts.ts, replies/hotlines.ts) ──
export const hotlineLine = (unit: string, label: string | undefined, phones: string) => `${unit}${label ? `（${label}）` : ''}：${phones}`;
export const cityHeading = (city: string) => `${city}：`;
export const areaCode = (code: string) => `区号${code}`;
export const contactLine = (entries: string[]) => `咨询电话：${entries.join('；')}`;
export const contactEntry = (unit: string, label: string | undefined, phones: string) => `${unit}${label ? `（${label}）` : ''} ${phones}`;
export const noDistrictRow = (district: string) => `公告没有列出${district}单独的咨询电话。`;
export const unitPhones = (unit: string, label: string | undefined, phones: string) => `${unit}${label ? `·${label}` : ''}：${phones}`;
export const cellPhones = (where: string, label: string, phones: string) => `${where}·${label}：${phones}`;
/** a district whose row lacks the column asked (the city's line of that column follows) */
export const noDistrictColumn = (where: string, column: string) => `公告电话表中${where}没有列出${column}电话。`;
export const emptyCell = (where: string, label: string) => `${where}·${label}：公告附件电话表中此栏为空，没有提供号码。`;
export const centreInstead = (entries: string[]) => `可拨打${entries.join('；')}。`;
/** "市医保中心费用结算电话 …"; a label that already names the line ("咨询电话", "服务热线") is not followed by 电话 again */
export const centreEntry = (unit: string, label: string, phones: string) => `${unit}${label}${namesPhone(label) ? '' : '电话'} ${phones}`;
/** a label that already ends in the word for a phone line: 电话 is not added again */
const namesPhone = (label: string) => /(电话|热线|号码)$/.test(label);
/** several cities have a district of this name and the question names none of them */
export const sameDistrictName = (district: string, cities: string[]) =>
  `${cities.join('、')}都有${district}，以下分别列出；只问一个城市请加上城市名（如“${cities[0]}${district}”）。`;
export const EMPTY_IN_TABLE = '（电话表中此栏为空）';
export const EMPTY_CELL = '（此栏为空）';
export const districtsHead = (business: string) => `各区县${business}电话：`;
export const districtRow = (unit: string, phones: string) => `${unit} ${phones}`;
export const nameTheDistrict = (example: string) => `各区县电话请注明区县和业务，如“${example}${namesPhone(example) ? '' : '电话'}”。`;
export const noContacts = (city: string) => `${city}的公告没有列出咨询电话。`;
export const contactsHead = (city: string) => `${city}咨询电话：`;
/** when the lines answer, in the notice's words (a contact question that asks about hours) */
export const contactHours = (city: string, said: string[]) => `${city}咨询电话的接听时间，公告原文：${said.join('')}`;
export const noContactHours = (city: string) => `${city}的公告没有写明咨询电话的接听时间。`;

// ── sources ──
export const sourceLine = (issuer: string, title: string, published: string | undefined) =>
  `来源：${issuer}《${title}》${published ? `（${published}发布）` : ''}`;
export const issuerAndOthers = (first: string) => `${first}等`;
