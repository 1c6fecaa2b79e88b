import { Heading, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../api/errors';
import { AppLink } from '../components/AppLink';
import { useLoad } from '../components/useLoad';
import { formatDate } from '../i18n/nl';
import { verzuimText } from '../i18n/verzuim';
import { useApi } from '../session/context';
import { verzuimErrorMessage } from './logic';

const t = verzuimText.section;

/** On the revalidant's file: whether there is a verzuimdossier, the week and next deadline, a link. */
export function VerzuimSection({ revalidantId }: { revalidantId: number }) {
  const api = useApi();
  const { data, error } = useLoad(async () => {
    try {
      return await api.verzuim.ofRevalidant(revalidantId);
    } catch (e) {
      if (isApiError(e) && e.status === 404) return null;
      throw e;
    }
  }, String(revalidantId));
  const tl = data?.timeline ?? null;
  return (
    <section aria-labelledby="verzuim-titel" className="werkpad-section" data-testid="verzuim-section">
      <Heading level={2} id="verzuim-titel">
        {t.title}
      </Heading>
      {error ? <Paragraph role="alert">{verzuimErrorMessage(error)}</Paragraph> : null}
      {data === null ? <Paragraph>{t.none}</Paragraph> : null}
      {data && !tl ? <Paragraph>{t.noEpisodes}</Paragraph> : null}
      {data && tl ? (
        <Paragraph>{data.next_due ? t.summary(tl.current_week, formatDate(data.next_due)) : t.summaryNoNext(tl.current_week)}</Paragraph>
      ) : null}
      {data !== undefined && !error ? (
        <Paragraph>
          <AppLink to={`/revalidanten/${revalidantId}/verzuim`}>{t.open}</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
