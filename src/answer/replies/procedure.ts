// A procedure (what to do), with the time of the business it belongs to.
import type { DateTime } from 'luxon';
import type { Business, City, Procedure } from '../../knowledge/model.ts';
import type { TimeRef } from '../../time/when.ts';
import { shortName } from '../format.ts';
import { citeWindow } from '../notes.ts';
import { phaseAt } from '../phase.ts';
import type { SourceList } from '../sources.ts';
import { verdict } from '../status.ts';
import * as W from '../wording/index.ts';

export function procedureLines(city: City, p: Procedure, business: Business | undefined, when: TimeRef, at: DateTime, sources: SourceList): string[] {
  const { notice } = p;
  sources.add(notice, p.quote);
  const lines = [W.timetable.procedureTitle(city.name, p.title, p.audience), p.answer];
  if (business?.windows.length || business?.unaffected) {
    lines.push(W.timetable.procedureTime(verdict(city, business, when, at).replace(/^[^：]*：/, `${shortName(business)}`)));
    const w = phaseAt(business, when.from).window;
    if (w) citeWindow(sources, city, notice, w);
  }
  return lines;
}
