import { isApiError } from '../api/errors';
import type { ItemCatalogue } from '../api/profileTypes';
import { useLoad } from '../components/useLoad';
import { fullName } from '../i18n/nl';
import { prof } from '../i18n/profiles';
import { errorMessage } from '../i18n/nl';
import { useApi } from '../session/context';
import { profileErrorSentence, type Side } from './logic';

/** The trajectory and the revalidant's name, for the page titles. */
export function useTrajectoryHead(id: number) {
  const api = useApi();
  return useLoad(async () => {
    const tr = await api.trajectories.get(id);
    const rev = await api.revalidanten.get(tr.revalidant_id);
    return { tr, rev, name: fullName(rev) };
  }, `traj-head|${id}`);
}

/** null for a 404 (not filled in yet), else the answer; other errors are thrown. */
export async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (isApiError(e) && e.status === 404) return null;
    throw e;
  }
}

/**
 * Dutch sentences for an error of a profile request: the stale-save message for a 409
 * conflict, the rule that refused it, one sentence per field error, else the general message.
 */
export function profileErrors(
  e: unknown,
  cat?: ItemCatalogue,
  opts: { items?: string[]; side?: Side; item?: string } = {},
): string[] {
  if (!isApiError(e)) return [errorMessage('unexpected')];
  if (e.code === 'conflict') return [prof.stale];
  if (e.code === 'rule_violation') {
    if (e.fields.some((f) => f.path === 'functieprofiel' && f.code === 'missing')) return [prof.form6.needForm4];
    if (e.fields.some((f) => f.path === 'persoonsprofiel' && f.code === 'missing')) return [prof.matching.needData];
    if (/round is closed/.test(e.message)) return [prof.form6.closedNote];
    if (/trajectory is closed/.test(e.message)) return [prof.trajectoryClosed];
  }
  if (e.fields.length) {
    return e.fields.map((f) => profileErrorSentence(cat, f, opts.items, opts.side, opts.item));
  }
  return [errorMessage(e.code)];
}
