import { Directive, Field, ObjectType } from '@nestjs/graphql';

// Every subgraph defines the same PageInfo; federation lets them share it.
@ObjectType({ description: '分页信息 (Relay page info)' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: '是否有下一页 (more items after endCursor)' })
  hasNextPage!: boolean;

  @Field({ description: '是否有上一页 (items before startCursor)' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页第一项的游标 (cursor of the first edge)' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: '本页最后一项的游标; pass it as `after` for the next page' })
  endCursor!: string | null;
}
