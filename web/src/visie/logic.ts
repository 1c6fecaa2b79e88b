// Pure helpers of the form 7 and documents UI (tested in logic.test.ts). The server decides;
// these only choose what to offer.
import type { DocumentKind, EmployerWithheld, TextSection, VisieContent, VisieStatus } from '../api/visieTypes';

/** Which status buttons the role gets in this status (the server checks again). */
export function statusActions(status: VisieStatus, role: string): VisieStatus[] {
  if (role !== 'ric') return [];
  switch (status) {
    case 'draft':
      return ['in_review'];
    case 'in_review':
      return ['ready_for_signature', 'draft'];
    case 'ready_for_signature':
      return ['in_review', 'draft'];
    default:
      return [];
  }
}

/** Going back from ready_for_signature needs a reason. */
export function needsReason(from: VisieStatus, to: VisieStatus): boolean {
  return from === 'ready_for_signature' && to !== 'signed';
}

export function contentEditable(status: VisieStatus, role: string): boolean {
  return (status === 'draft' || status === 'in_review') && ['ric', 'revalidatiearts', 'therapeut'].includes(role);
}

/** What the generate form must ask for each kind. */
export function kindNeeds(kind: DocumentKind): { party: boolean; text: boolean; moment: boolean } {
  const letter = kind === 'samenvatting_afspraken' || kind === 'contactmoment_brief';
  return { party: letter, text: letter, moment: kind === 'contactmoment_brief' };
}

/** Toggles a means; unticking the therapeutic placement clears its weeks. */
export function toggleMeans(c: VisieContent, means: VisieContent['middelen'][number], on: boolean): VisieContent {
  const middelen = on ? (c.middelen.includes(means) ? c.middelen : [...c.middelen, means]) : c.middelen.filter((m) => m !== means);
  const plaatsing_weken =
    means === 'arbeidstherapeutische_plaatsing' && !on ? null : c.plaatsing_weken;
  return { ...c, middelen, plaatsing_weken };
}

/** "1234 B" / "12,3 kB" for file sizes. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(1).replace('.', ',')} kB`;
}

/**
 * The medical terms the server found in the saved text of a section that goes to the employer
 * (the employer's copy and shared view show a notice instead of that text); null when none.
 */
export function employerTerms(withheld: EmployerWithheld[] | undefined, section: TextSection): string[] | null {
  const found = withheld?.find((w) => w.section === section);
  return found && found.terms.length ? found.terms : null;
}
