import { ArgsType, Field, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@grassroots/kernel';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `每页条数 (page size, 1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE})`,
  })
  first?: number;

  @Field(() => String, { nullable: true, description: '从该游标之后开始 (the endCursor of the previous page)' })
  after?: string | null;
}
