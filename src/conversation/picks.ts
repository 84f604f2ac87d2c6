// "1", "第2个", "选3": the citizen picks one of the numbered options the last reply showed.
/** Only as many as one reply numbers: a longer number is a question (12333) or a date. */
const PICK = /^(?:选|选择|第)?([1-9]\d?)(?:个|项|条)?[.。]?$/;

/** The option number a message picks, if it is nothing but a pick. */
export function pickedNumber(normalized: string): number | undefined {
  const m = PICK.exec(normalized);
  return m ? Number(m[1]) : undefined;
}
