import { useLoad } from '../../components/useLoad';
import { useApi } from '../../session/context';

/** Teams and disciplines for the user form. */
export function useUserOptions() {
  const api = useApi();
  return useLoad(async () => {
    const [teams, disciplines] = await Promise.all([api.teams.list(), api.disciplines.list()]);
    return { teams: teams.items, disciplines: disciplines.items };
  }, 'user-options');
}
