// How citizens ask about what a guidance paragraph says. A paragraph that names one of these
// topics gives its procedure the questions people put about it, in their words ("慢病怎么备药"
// for a paragraph on 长处方): the notice's own words are seldom the ones a citizen asks with.

const TOPICS: { said: RegExp; asked: string[] }[] = [
  { said: /中途结算|在院患者|在院病人|正在住院|跨停机/, asked: ['住院跨过停机怎么办', '正在住院的病人怎么办', '中途结算'] },
  { said: /急诊|急救|抢救|推诿|拒收/, asked: ['急诊怎么办', '急诊医院会不会不收', '医院会不会拒收病人'] },
  { said: /长处方|长期处方|备药|备足|开药量/, asked: ['慢病怎么备药', '慢性病停机前怎么开药', '长处方能开多久'] },
  {
    said: /(携带|带上|提供|持).{0,30}(材料|发票|清单|身份证|社保卡|医保卡)|(材料|发票原件|费用明细)/,
    asked: ['要带什么材料', '报销要带什么材料', '补结算需要什么材料'],
  },
  {
    said: /\d{1,2}月\d{1,2}日前.{0,16}(补结算|补办|报销|申报|结算)|(申报|报销|补办|补结算).{0,6}(期限|截止)/,
    asked: ['垫付的钱最晚哪天报', '补结算截止到什么时候', '报销期限'],
  },
  { said: /个人账户|账户余额|余额/, asked: ['账户余额会清零吗', '个人账户余额受影响吗'] },
  { said: /待遇不受影响|不影响.{0,8}待遇/, asked: ['医保待遇受影响吗'] },
  { said: /(不需|无需|不用|不必)(要)?重新|接续办理|继续办理/, asked: ['已交的材料要重新申请吗', '已经提交的业务怎么办'] },
];

/** The questions citizens ask about the topics a paragraph names. */
export function askedAbout(text: string): string[] {
  return TOPICS.filter((t) => t.said.test(text)).flatMap((t) => t.asked);
}
