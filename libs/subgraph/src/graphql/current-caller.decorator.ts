import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type SubgraphContext, userCallerOf } from './subgraph-context';

/** The signed-in caller of the current GraphQL operation (refuses service identities). */
export const CurrentCaller = createParamDecorator((_data: unknown, execution: ExecutionContext) =>
  userCallerOf(GqlExecutionContext.create(execution).getContext<SubgraphContext>()),
);

/** The whole request context (for DataLoaders). */
export const RequestContextArg = createParamDecorator(
  (_data: unknown, execution: ExecutionContext) => GqlExecutionContext.create(execution).getContext<SubgraphContext>(),
);
