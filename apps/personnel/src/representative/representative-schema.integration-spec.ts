import { buildSubgraphSchema } from '@apollo/subgraph';
import { isEnumType, isInputObjectType, isObjectType, parse } from 'graphql';
import { printSubgraphSdl } from '@grassroots/subgraph';
import { PersonnelAppModule } from '../app.module';

// The representative and household-link part of the schema: every description carries a Chinese term.
const OWN_TYPES = /^(VillageRepresentative|RepresentativePoint|RepresentativeStatus|RepresentativeReplacement|RankedRepresentative|NewRepresentative|RegisterVillageRepresentative|Household|PersonUnderQuota|LinkHousehold|RegisterHousehold|RecordHouseholdVisit)/;
const OWN_QUERIES = [
  'household',
  'householdLinks',
  'householdsWithoutLink',
  'linksWithoutVisitThisMonth',
  'peopleUnderQuota',
  'representativePointItems',
  'representativeRanking',
  'villageRepresentative',
];
const OWN_MUTATIONS = [
  'endHouseholdLink',
  'linkHousehold',
  'recordHouseholdVisit',
  'recordRepresentativePoints',
  'registerHousehold',
  'registerVillageRepresentative',
  'replaceVillageRepresentative',
  'resignVillageRepresentative',
];
const OWN_REGION_FIELDS = ['householdLinkSummary', 'villageRepresentatives'];
const OWN_FIELDS: Record<string, string[]> = { Query: OWN_QUERIES, Mutation: OWN_MUTATIONS, Region: OWN_REGION_FIELDS };
const HAN = /\p{Script=Han}/u;

describe('representative and household-link schema', () => {
  it('describes every type, field, argument and enum value with a Chinese term', async () => {
    const schema = buildSubgraphSchema(parse(await printSubgraphSdl('personnel', (config) => PersonnelAppModule.forRoot(config))));
    const missing: string[] = [];
    const check = (name: string, description: string | null | undefined) => {
      if (!HAN.test(description ?? '')) missing.push(name);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      const own = OWN_TYPES.test(type.name);
      const shared = OWN_FIELDS[type.name];
      if (!own && !shared) continue;
      if (own) check(`type ${type.name}`, type.description);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (shared && !shared.includes(field.name)) continue;
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isEnumType(type) && own) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(missing).toEqual([]);
    for (const [typeName, fields] of Object.entries(OWN_FIELDS)) {
      expect(Object.keys((schema.getType(typeName) as { getFields(): object }).getFields())).toEqual(expect.arrayContaining(fields));
    }
  });
});
