import { matterTierOf, procedureOf } from './matter-tier.util';
import { type VillageMatter } from './village-matter.entity';
import { VillageMatterObject } from './village-matter.object';

export function toVillageMatterObject(matter: VillageMatter): VillageMatterObject {
  const tier = matterTierOf(matter.amount);
  return Object.assign(new VillageMatterObject(), {
    id: matter.id,
    region: { code: matter.regionCode },
    title: matter.title,
    category: matter.category,
    amount: matter.amount,
    tier,
    procedure: procedureOf(tier),
    proposedAt: matter.proposedAt,
  });
}
