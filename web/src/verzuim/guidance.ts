import type { ReintegrationMeans, WiaGuidance } from '../api/verzuimTypes';
import { labelOr } from '../i18n/agr';
import { benefitLawLabels, funderLabels, guideLabels, guidanceText, meansCategoryLabels, meansLabels } from '../i18n/verzuim';

const t = guidanceText;

/** The order guides are shown in: UWV, gemeente, private insurer (then anything new). */
const guideOrder = ['uwv', 'gemeente', 'private_verzekeraar'];

export interface GuideGroup {
  guide: string;
  guideLabel: string;
  laws: { code: string; label: string }[];
}

/** The benefit laws grouped by who guides the way back, in a fixed guide order. */
export function groupByGuide(g: WiaGuidance): GuideGroup[] {
  const groups = new Map<string, GuideGroup>();
  for (const item of g.items) {
    let group = groups.get(item.begeleider);
    if (!group) {
      group = { guide: item.begeleider, guideLabel: labelOr(guideLabels, item.begeleider), laws: [] };
      groups.set(item.begeleider, group);
    }
    group.laws.push({ code: item.wet, label: labelOr(benefitLawLabels, item.wet) });
  }
  const rank = (code: string) => {
    const i = guideOrder.indexOf(code);
    return i < 0 ? guideOrder.length : i;
  };
  return [...groups.values()].sort((a, b) => rank(a.guide) - rank(b.guide));
}

/** One row of the means table, in Dutch: name, kind, who pays or arranges it, and the notes. */
export function meansRow(m: ReintegrationMeans): { name: string; category: string; funder: string; notes: string[] } {
  const notes: string[] = [];
  if (m.max_weken !== null) notes.push(t.maxWeeks(m.max_weken));
  if (m.blijft_ziekgemeld) notes.push(t.staysSick);
  if (m.alleen_in_wachttijd) notes.push(t.onlyWaiting);
  if (m.ciz_indicatie_nodig) notes.push(t.ciz);
  return {
    name: labelOr(meansLabels, m.code),
    category: labelOr(meansCategoryLabels, m.categorie),
    funder: m.financier ? labelOr(funderLabels, m.financier) : t.funderUnknown,
    notes,
  };
}
