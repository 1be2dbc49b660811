import { type EntityManager } from '@mikro-orm/postgresql';
import { memberJoined } from '@grassroots/contracts';
import { stageEvent } from '@grassroots/messaging';
import { PartyMember } from '@grassroots/personnel-app';
import { chineseName } from './chinese-names';
import { type DemoVillage } from './demo-villages';
import { seededId, seededRandom } from './random';

/**
 * A few party members per village, each with its `member joined` event in the outbox: when the
 * subgraphs start, the relay publishes them and organization's village counts follow through Kafka.
 * The personnel issue grows this to the county's real ~22,000 members.
 */
export async function generatePartyMembers(em: EntityManager, villages: DemoVillage[]): Promise<number> {
  let count = 0;
  for (const village of villages) {
    const random = seededRandom(`members:${village.code}`);
    const size = random.int(3, 8);
    for (let index = 0; index < size; index++) {
      const joinedAt = `${random.int(1975, 2024)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const member = new PartyMember(chineseName(random), village.code, null, joinedAt);
      member.id = seededId(random);
      // About two thirds of rural members work away from the village (DOMAIN §2).
      member.inVillage = village.settlement === 'URBAN' ? random.chance(0.85) : random.chance(1 / 3);
      em.persist(member);
      stageEvent(
        em,
        memberJoined.create(
          village.code,
          { memberId: member.id, name: member.name, regionCode: village.code, branchId: null, inVillage: member.inVillage, joinedAt },
          { id: seededId(random), occurredAt: `${joinedAt}T09:00:00+08:00` },
        ),
      );
      count++;
    }
  }
  await em.flush();
  return count;
}
