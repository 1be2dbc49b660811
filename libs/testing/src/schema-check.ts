import { readFile } from 'node:fs/promises';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isEnumType, isInputObjectType, isObjectType, parse } from 'graphql';
import { type ServiceName } from '@grassroots/persistence';
import { printSubgraphSdl, type SubgraphModuleFactory } from '@grassroots/subgraph';

const BUILT_IN = new Set(['Query', 'Mutation', 'String', 'Int', 'Float', 'Boolean', 'ID']);
const isFederationName = (name: string) => name.startsWith('_') || name.startsWith('link__') || name.startsWith('federation__');

/** Types, fields, arguments and enum values without a description (schema docs are for people). */
export function undocumentedElements(sdl: string): string[] {
  const schema = buildSubgraphSchema(parse(sdl));
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isFederationName(type.name)) continue;
    if (!BUILT_IN.has(type.name) && !type.description) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (isFederationName(field.name)) continue;
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

/** What a subgraph serves now, and what is committed in its schema.graphql. */
export async function servedAndCommittedSchema(service: ServiceName, createModule: SubgraphModuleFactory, schemaPath: string) {
  return { served: await printSubgraphSdl(service, createModule), committed: await readFile(schemaPath, 'utf8') };
}
