import { type Caller } from '@grassroots/auth';
import { byKeys, loaderFor, type SubgraphContext } from '@grassroots/subgraph';
import { type CadrePost } from './cadre-post.entity';
import { type Cadre } from './cadre.entity';
import { type CadreService } from './cadre.service';

// One query per request for all the cadres (or their active posts) a response mentions.

export function cadreLoader(context: SubgraphContext, caller: Caller, cadres: CadreService) {
  return loaderFor<string, Cadre | null>(context, 'cadre', async (ids) => byKeys(ids, await cadres.getMany(caller, ids), (cadre) => cadre.id));
}

export function activePostsLoader(context: SubgraphContext, caller: Caller, cadres: CadreService) {
  return loaderFor<string, CadrePost[]>(context, 'cadre-active-posts', async (ids) => {
    const byCadre = await cadres.activePostsByCadre(caller, ids);
    return ids.map((id) => byCadre.get(id) ?? []);
  });
}
