import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { type TransferOrigin, type TransferTarget } from './member-history.util';
import { type PartyMember } from './party-member.entity';

/** A member's move, seen by the records kept elsewhere about the same person. */
export type MemberMove = { caller: Caller; member: PartyMember; from: TransferOrigin; to: TransferTarget; transferredAt: string };

export type MemberTransferFollower = (move: MemberMove) => Promise<void>;

/**
 * Records that follow a member across a transfer inside the transfer's transaction (the open
 * pipeline record of a probationary member). Folders that build on party members register here,
 * so the member folder does not depend on them. A follower may refuse the transfer.
 */
@Injectable()
export class MemberTransferFollowers {
  private readonly followers: MemberTransferFollower[] = [];

  follow(follower: MemberTransferFollower): void {
    this.followers.push(follower);
  }

  async moved(move: MemberMove): Promise<void> {
    for (const follower of this.followers) await follower(move);
  }
}
