// Types of the re-integratievisie (form 7) and document endpoints (docs/api.md
// "Re-integratievisie (formulier 7)" and "Documenten").
import type { UserRef } from './agrTypes';

export type VisieStatus = 'draft' | 'in_review' | 'ready_for_signature' | 'signed';

export const MEANS = [
  'eigen_werk_aanpassingen',
  'ander_werk',
  'jobcoach',
  'werkfit_traject',
  'naar_werk_traject',
  'arbeidstherapeutische_plaatsing',
  'outplacement',
  'dagbesteding',
  'werkplekaanpassingen',
  'vaste_collega_buddy',
] as const;
export type Means = (typeof MEANS)[number];

export interface VisieContent {
  verloop: string;
  werksituatie: string;
  profielvergelijking: string;
  behandeldoelen: string;
  werktraining: string;
  visie_team: string;
  aandachtspunten: string;
  middelen: Means[];
  plaatsing_weken: number | null;
  advies: string;
  medische_toelichting: string;
}

export type TextSection = Exclude<keyof VisieContent, 'middelen' | 'plaatsing_weken'>;

/** A section the employer's copy shows in which the server's medical word list found terms. */
export interface EmployerWithheld {
  section: TextSection;
  terms: string[];
}

export interface VisieComment {
  id: number;
  on_version: number;
  section: string | null;
  text: string;
  discipline: string;
  by: UserRef;
  at: string;
}

export interface VisieSignature {
  method: 'portal' | 'paper';
  signed_on: string;
  recorded_at: string;
  recorded_by: UserRef;
  signed_version: number;
  content_sha256: string;
  share_with: string[];
}

export interface Visie {
  id: number;
  trajectory_id: number;
  revalidant: { id: number; given_names: string; family_name: string };
  version: number;
  status: VisieStatus;
  content: VisieContent;
  content_sha256: string;
  created_by: UserRef;
  created_at: string;
  updated_by: UserRef;
  updated_at: string;
  signature: VisieSignature | null;
  comments: VisieComment[];
  share_options: string[];
  portal_view: boolean;
  /** For the team (empty in the portal): texts the employer's copy and shared view withhold. */
  employer_withheld: EmployerWithheld[];
}

export interface VisieVersion {
  version: number;
  status: VisieStatus;
  event: 'created' | 'saved' | 'status' | 'signed';
  reason: string | null;
  content_sha256: string;
  by: UserRef;
  at: string;
  content?: VisieContent;
}

export interface VisieSignInput {
  method: 'portal' | 'paper';
  signed_on?: string;
  share_with: string[];
  version: number;
}

export type DocumentKind =
  | 'formulier_7'
  | 'formulier_7_werkgever'
  | 'folder_agr'
  | 'folder_reintegratie'
  | 'samenvatting_afspraken'
  | 'contactmoment_brief';

export interface GeneratedDocument {
  id: number;
  trajectory_id: number;
  kind: DocumentKind;
  audience: string;
  title: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  source_version: number | null;
  created_by: UserRef;
  created_at: string;
}

export interface GenerateDocumentInput {
  kind: DocumentKind;
  party?: string;
  moment?: string;
  contact_date?: string;
  text?: string;
}
