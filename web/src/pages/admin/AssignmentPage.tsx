import { useState } from 'react';
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import type { ItemCatalogueView } from '../../api/profileTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { nl } from '../../i18n/nl';
import { prof, sectionLabels } from '../../i18n/profiles';
import {
  assignmentErrors,
  choiceOf,
  emptyItems,
  isOverride,
  overridesOf,
  toggleDiscipline,
  type AssignmentChoice,
} from '../../profiles/adminLogic';
import { ErrorList } from '../../profiles/components';
import { disciplineLabel, groupBySection } from '../../profiles/logic';
import { profileErrors } from '../../profiles/useTrajectory';
import { useApi } from '../../session/context';

const t = prof.assignment;

/** Admin: which discipline assesses which item of form 6 (default of the handbook, or the institution's choice). */
export function AssignmentPage() {
  const api = useApi();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => api.profiles.items(), `profiel-toewijzing|${tick}`);
  const [view, setView] = useState<ItemCatalogueView | null>(null);
  const [choice, setChoice] = useState<AssignmentChoice | null>(null);
  const [itemErrors, setItemErrors] = useState<Record<string, string[]>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [flash, setFlash] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The view of the last save, else the loaded one; a 409 clears both and reloads.
  const v = view ?? loaded.data ?? null;
  const c = choice ?? (v ? choiceOf(v) : null);
  const items = v ? v.catalogue.items : [];

  const save = async () => {
    if (!v || !c) return;
    setErrors([]);
    setItemErrors({});
    setFlash(null);
    const missing = emptyItems(v, c);
    if (missing.length) {
      const per: Record<string, string[]> = {};
      for (const code of missing) per[code] = [t.needOne(items.find((i) => i.code === code)?.label ?? code)];
      setItemErrors(per);
      setErrors(missing.map((code) => per[code]![0]!));
      return;
    }
    const sent = overridesOf(v, c);
    setBusy(true);
    try {
      const next = await api.profiles.setAssignment(sent, v.version);
      setView(next);
      setChoice(choiceOf(next));
      setFlash(t.saved);
    } catch (e) {
      if (isApiError(e) && e.code === 'conflict') {
        setErrors([t.conflict]);
        setView(null);
        setChoice(null);
        setTick((n) => n + 1);
      } else if (isApiError(e) && e.fields.length) {
        const per = assignmentErrors(v, sent, e.fields);
        setItemErrors(per);
        setErrors(Object.values(per).flat());
      } else {
        setErrors(profileErrors(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro}</Paragraph>
      <StatusMessage text={flash} />
      <ApiErrorAlert error={loaded.error} />
      {!v || !c ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {v && c ? (
        <form
          noValidate
          className="werkpad-form--wide"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="werkpad-table-scroll">
            <Table data-testid="assignment-table">
              <TableCaption>{t.caption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.colItem}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colDefault}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colChoice}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              {groupBySection(items).map((group) => (
                <TableBody key={group.section}>
                  <TableRow>
                    <TableHeaderCell scope="colgroup" colSpan={3}>
                      {sectionLabels[group.section] ?? group.section}
                    </TableHeaderCell>
                  </TableRow>
                  {group.items.map((item) => {
                    const legendId = `toewijzing-${item.code}-legenda`;
                    const errs = itemErrors[item.code] ?? [];
                    const changed = isOverride(v, c, item.code);
                    return (
                      <TableRow key={item.code} data-testid={`toewijzing-${item.code}`}>
                        <TableHeaderCell scope="row">
                          {item.label}
                          {changed ? <span className="werkpad-required"> ({t.changed})</span> : null}
                        </TableHeaderCell>
                        <TableCell>{item.disciplines.map((d) => disciplineLabel(v.catalogue, d)).join(', ')}</TableCell>
                        <TableCell>
                          <Fieldset invalid={errs.length > 0} aria-labelledby={legendId} className="werkpad-field">
                            <FieldsetLegend id={legendId} className="werkpad-visually-hidden">
                              {t.legend(item.label)}
                            </FieldsetLegend>
                            {errs.length ? (
                              <p className="utrecht-form-field-error-message" id={`toewijzing-${item.code}-fout`}>
                                {errs.join(' ')}
                              </p>
                            ) : null}
                            {v.catalogue.disciplines.map((d) => {
                              const id = `toewijzing-${item.code}-${d.code}`;
                              const checked = (c[item.code] ?? []).includes(d.code);
                              return (
                                <FormField key={d.code} type="checkbox" className="werkpad-option">
                                  <div className="utrecht-form-field__input">
                                    <Checkbox
                                      id={id}
                                      appearance="custom"
                                      checked={checked}
                                      invalid={errs.length > 0}
                                      aria-describedby={errs.length ? `toewijzing-${item.code}-fout` : undefined}
                                      onChange={(e) => {
                                        setChoice(toggleDiscipline(v, c, item.code, d.code, e.target.checked));
                                      }}
                                    />
                                  </div>
                                  <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                                    <FormLabel htmlFor={id} type="checkbox" checked={checked}>
                                      {d.label}
                                    </FormLabel>
                                  </div>
                                </FormField>
                              );
                            })}
                          </Fieldset>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              ))}
            </Table>
          </div>
          <div className="werkpad-sticky-actions">
            <ErrorList messages={errors} testId="toewijzing-fouten" />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" disabled={busy}>
                {t.save}
              </Button>
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={busy}
                onClick={() => {
                  setChoice(Object.fromEntries(items.map((i) => [i.code, [...i.disciplines]])));
                }}
              >
                {t.reset}
              </Button>
            </ButtonGroup>
          </div>
        </form>
      ) : null}
    </>
  );
}
