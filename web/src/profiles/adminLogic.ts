// Pure logic of the admin pages for the profile part: the item-to-discipline assignment and the
// worksample catalogue (issue 4). No I/O; the pages call these and the tests cover them.

import type { FieldErrorBody } from '../api/types';
import type { AssignmentOverride, ItemCatalogueView } from '../api/profileTypes';
import { prof } from '../i18n/profiles';
import { disciplineLabel } from './logic';

/** The institution's current choice per item (item code -> discipline codes). */
export type AssignmentChoice = Record<string, string[]>;

export function choiceOf(view: ItemCatalogueView): AssignmentChoice {
  const out: AssignmentChoice = {};
  for (const item of view.catalogue.items) out[item.code] = [...item.disciplines];
  for (const a of view.assignment) out[a.item] = [...a.disciplines];
  return out;
}

/** Toggle one discipline of one item, keeping the catalogue's discipline order. */
export function toggleDiscipline(
  view: ItemCatalogueView,
  choice: AssignmentChoice,
  item: string,
  discipline: string,
  on: boolean,
): AssignmentChoice {
  const current = new Set(choice[item] ?? []);
  if (on) current.add(discipline);
  else current.delete(discipline);
  const ordered = view.catalogue.disciplines.map((d) => d.code).filter((c) => current.has(c));
  return { ...choice, [item]: ordered };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** True when the item's choice differs from the handbook default. */
export function isOverride(view: ItemCatalogueView, choice: AssignmentChoice, item: string): boolean {
  const def = view.catalogue.items.find((i) => i.code === item);
  return !!def && !sameSet(def.disciplines, choice[item] ?? []);
}

/**
 * The overrides to send: every item whose choice differs from the default, in catalogue order
 * (the PUT replaces all overrides, so items back at their default are simply left out). An item
 * with no discipline is sent too, so the server refuses it with a field error for that item.
 */
export function overridesOf(view: ItemCatalogueView, choice: AssignmentChoice): AssignmentOverride[] {
  return view.catalogue.items
    .filter((i) => isOverride(view, choice, i.code))
    .map((i) => ({ item: i.code, disciplines: choice[i.code] ?? [] }));
}

const assignmentCodes: Record<string, string> = {
  required: 'heeft geen discipline; kies er minstens één',
  unknown_item: 'is geen item van de itemlijst',
  unknown_discipline: 'bevat een onbekende discipline',
  duplicate: 'bevat een discipline twee keer',
};

/**
 * Dutch messages per item code for the field errors of a PUT /profiel/toewijzing
 * (paths `overrides[i].item`, `overrides[i].disciplines`, `overrides[i].disciplines[j]`).
 * Errors that name no item land under the key "".
 */
export function assignmentErrors(
  view: ItemCatalogueView,
  sent: AssignmentOverride[],
  fields: FieldErrorBody[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (key: string, msg: string) => {
    (out[key] ??= []).push(msg);
  };
  for (const f of fields) {
    const m = /^overrides\[(\d+)\](?:\.disciplines(?:\[(\d+)\])?)?/.exec(f.path);
    const entry = m ? sent[Number(m[1])] : undefined;
    const what = assignmentCodes[f.code] ?? 'is niet juist ingevuld';
    if (!entry) {
      add('', prof.fieldError(f.path || 'De toewijzing', what));
      continue;
    }
    const label = view.catalogue.items.find((i) => i.code === entry.item)?.label ?? entry.item;
    const j = m?.[2];
    if (j !== undefined) {
      const d = entry.disciplines[Number(j)] ?? '';
      add(entry.item, prof.fieldError(`${label}: ${disciplineLabel(view.catalogue, d)}`, what));
    } else {
      add(entry.item, prof.fieldError(label, what));
    }
  }
  return out;
}

/** Client-side check before saving: every item needs at least one discipline. */
export function emptyItems(view: ItemCatalogueView, choice: AssignmentChoice): string[] {
  return view.catalogue.items.filter((i) => (choice[i.code] ?? []).length === 0).map((i) => i.code);
}
