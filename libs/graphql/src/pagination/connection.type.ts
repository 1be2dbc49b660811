import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from './page-info.type';

export type Edge<T> = { cursor: string; node: T };

export type ConnectionShape<T> = {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
};

/**
 * Base class of a Relay cursor connection of `node` objects:
 * `@ObjectType('RegionConnection', { description }) class RegionConnection extends Connection(RegionObject) {}`.
 */
export function Connection<T>(node: Type<T>, nodeName: string = node.name.replace(/Object$/, '')): Type<ConnectionShape<T>> {
  @ObjectType(`${nodeName}Edge`, { description: `${nodeName} 分页边 (edge: a node with its cursor)` })
  class EdgeType {
    @Field({ description: '游标 (opaque cursor of this edge)' })
    cursor!: string;

    @Field(() => node, { description: '节点 (the item)' })
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: '本页各项及其游标 (edges of this page)' })
    edges!: EdgeType[];

    @Field(() => [node], { description: '本页各项 (the items of this page, without cursors)' })
    nodes!: T[];

    @Field(() => PageInfo, { description: '分页信息 (page info)' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '符合条件的总数 (total items matching, across all pages)' })
    totalCount!: number;
  }
  return ConnectionType as unknown as Type<ConnectionShape<T>>;
}
