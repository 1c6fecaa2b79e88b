import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useLoad } from '../components/useLoad';
import { labelOr } from '../i18n/agr';
import { guideLabels, guidanceText } from '../i18n/verzuim';
import { useApi } from '../session/context';
import { ScrollRegion } from './components';
import { groupByGuide, meansRow } from './guidance';

const t = guidanceText;

/** Who guides the way back to work per benefit law, and the reintegration means (GET /wia/begeleiding). */
export function WiaBegeleidingSection() {
  const api = useApi();
  const loaded = useLoad(() => api.verzuim.guidance(), 'wia-begeleiding');
  const data = loaded.data;
  return (
    <section aria-labelledby="wia-begeleiding-titel" data-testid="wia-begeleiding">
      <Heading level={2} id="wia-begeleiding-titel">
        {t.title}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      {loaded.error ? (
        <Paragraph role="alert">{t.error}</Paragraph>
      ) : !data ? (
        <Paragraph role="status">{t.loading}</Paragraph>
      ) : (
        <>
          <ScrollRegion label={t.lawsCaption}>
            <Table data-testid="wia-begeleiders">
              <TableCaption>{t.lawsCaption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.colGuide}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colLaw}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {groupByGuide(data).map((g) => (
                  <TableRow key={g.guide} data-guide={g.guide}>
                    <TableHeaderCell scope="row">{g.guideLabel}</TableHeaderCell>
                    <TableCell>{g.laws.map((l) => l.label).join(', ')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
          <Paragraph>{t.letselschade(labelOr(guideLabels, data.bij_letselschade))}</Paragraph>
          <Heading level={3}>{t.meansTitle}</Heading>
          <Paragraph>{t.meansIntro}</Paragraph>
          <ScrollRegion label={t.meansCaption}>
            <Table data-testid="wia-middelen">
              <TableCaption>{t.meansCaption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.colMeans}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colCategory}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colFunder}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colNotes}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.middelen.map((m) => {
                  const row = meansRow(m);
                  return (
                    <TableRow key={m.code} data-code={m.code}>
                      <TableHeaderCell scope="row">{row.name}</TableHeaderCell>
                      <TableCell>{row.category}</TableCell>
                      <TableCell>{row.funder}</TableCell>
                      <TableCell>{row.notes.join('; ')}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
