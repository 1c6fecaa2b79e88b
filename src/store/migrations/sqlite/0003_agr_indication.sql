-- AGR indication at the decisions (issue 3): the D3 checklist of the five criteria with the
-- system's suggestion, and the folder 'Arbeidsgerichte revalidatie' at D1 nee.
-- Criterion answers 'onbekend' | 'voldoet' | 'voldoet_niet'; booleans 0/1; NULL = not recorded.

ALTER TABLE agr_decision ADD COLUMN d3_present INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agr_decision ADD COLUMN d3_belastbaarheid TEXT;
ALTER TABLE agr_decision ADD COLUMN d3_orientatie TEXT;
ALTER TABLE agr_decision ADD COLUMN d3_taalbegrip TEXT;
ALTER TABLE agr_decision ADD COLUMN d3_leerbaarheid TEXT;
ALTER TABLE agr_decision ADD COLUMN d3_herstel_binnen_drie_maanden INTEGER;
ALTER TABLE agr_decision ADD COLUMN d3_suggested_outcome TEXT;
ALTER TABLE agr_decision ADD COLUMN d3_suggested_reason TEXT;
ALTER TABLE agr_decision ADD COLUMN folder_handed_out INTEGER;
