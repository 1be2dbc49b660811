import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { RegionCodeScalar } from '@grassroots/graphql';

// The organization subgraph owns Region; governance adds the village matters to it.
@ObjectType('Region', { description: '行政区划 (a region of the tree; owned by the organization subgraph)' })
@Directive('@key(fields: "code")')
export class RegionRef {
  @Field(() => RegionCodeScalar, { description: '行政区划代码' })
  code!: string;
}
