// The body of a fictional 公告 as a copy out of a PDF gives it: lines broken where the page was full
// (even inside a time, "17时\n30分"), a page number on a line of its own between blank lines. Stops
// 2024-05-13 17:30 (参保登记) and 2024-05-16 20:00 (联网结算); resumes 5-21 8:00 and 5-22 8:30.
// Tests of PDF copies put their own title, contacts and signature around it.
export const PDF_NOTICE_BODY = [
  '    为做好全省统一医疗保障信息平台在我市的上线工作，我市医保业',
  '务系统将于2024年5月中旬停机切换，部分医保业务暂停办理，现将有',
  '关事项公告如下：',
  '    一、暂停时间',
  '    （一）参保登记。全市各级医保经办机构于2024年5月13日17时',
  '30分起，暂停办理职工医保和城乡居民医保的参保登记、信息变更、停',
  '保和关系转移接续业务。',
  '    （二）联网结算。2024年5月16日（星期四）20时起，全市定点',
  '医疗机构和定点零售药店暂停医保联网结算，门诊、住院和刷卡购药均',
  '暂停。',
  '',
  '                              — 1 —',
  '',
  '    二、恢复时间',
  '    2024年5月21日（星期二）8时起，恢复全市定点医疗机构和定点零售',
  '药店医保联网结算；2024年5月22日（星期三）8时30分起，恢复参保登',
  '记、信息变更、停保和关系转移接续业务。',
];
