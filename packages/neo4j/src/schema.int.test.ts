import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { ENTITY_FULLTEXT_INDEX, SCHEMA_STATEMENTS } from '@kg/graph-schema';
import { connect } from './driver';
import { applySchema, listSchema } from './schema';
import { connectionSettings } from './settings';
import { readTx, writeTx } from './transactions';

jest.setTimeout(120_000);

const prefix = `it-schema-${randomUUID()}-`;
let driver: Driver;

beforeAll(async () => {
  driver = await connect(connectionSettings());
});
afterAll(async () => {
  await writeTx(driver, (tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }));
  await driver.close();
});

/** Ids of our test entities the full-text index returns for `query`. */
async function search(query: string): Promise<string[]> {
  return readTx(driver, async (tx) => {
    const result = await tx.run(
      `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
       WHERE node.id STARTS WITH $prefix RETURN node.id AS id ORDER BY score DESC`,
      { index: ENTITY_FULLTEXT_INDEX, query, prefix },
    );
    return result.records.map((r) => r.get('id') as string);
  });
}

describe('applySchema against the real server', () => {
  test('applies the schema twice without error; constraints and the full-text index exist and are online', async () => {
    const first = await applySchema(driver);
    const second = await applySchema(driver);
    expect(first.statements).toBe(SCHEMA_STATEMENTS.length);
    expect(second).toEqual(first);

    const { constraints, indexes } = await listSchema(driver);
    for (const name of ['state_id_unique', 'official_id_unique', 'article_id_unique', 'entity_id_unique']) expect(constraints).toContain(name);
    for (const name of [ENTITY_FULLTEXT_INDEX, 'entity_name', 'article_date']) expect(indexes).toContain(name);

    const fulltext = await readTx(driver, async (tx) => {
      const result = await tx.run(
        'SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties, options WHERE name = $name RETURN state, labelsOrTypes, properties, options',
        { name: ENTITY_FULLTEXT_INDEX },
      );
      const record = result.records[0];
      return record && {
        state: record.get('state') as string,
        labels: record.get('labelsOrTypes') as string[],
        properties: record.get('properties') as string[],
        analyzer: (record.get('options') as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer'],
      };
    });
    expect(fulltext).toEqual({
      state: 'ONLINE',
      labels: expect.arrayContaining(['State', 'Official', 'Alliance', 'Weapon', 'Organization']),
      properties: ['name', 'nameAr', 'searchText'],
      analyzer: 'arabic',
    });
  });

  test('the unique id constraint holds', async () => {
    const id = `${prefix}dup`;
    await writeTx(driver, (tx) => tx.run('CREATE (:State:Entity {id: $id, name: "x"})', { id }));
    await expect(writeTx(driver, (tx) => tx.run('CREATE (:State:Entity {id: $id, name: "y"})', { id }))).rejects.toMatchObject({
      kind: 'constraint',
    });
  });

  test("the full-text index 'entity_names' finds العراق by عراق and by العراق, and English names in any case", async () => {
    await writeTx(driver, (tx) =>
      tx.run(
        `CREATE (:State:Entity {id: $iraq, name: 'العراق', nameAr: 'العراق', searchText: 'العراق Iraq جمهورية العراق'})
         CREATE (:State:Entity {id: $jordan, name: 'Jordan', nameAr: 'الأردن', searchText: 'Jordan الأردن'})
         CREATE (:Official:Entity {id: $official, name: 'Fuad Hussein', searchText: 'Fuad Hussein فؤاد حسين'})`,
        { iraq: `${prefix}iraq`, jordan: `${prefix}jordan`, official: `${prefix}fuad` },
      ),
    );
    expect(await search('عراق')).toEqual([`${prefix}iraq`]);
    expect(await search('العراق')).toEqual([`${prefix}iraq`]);
    expect(await search('iraq')).toEqual([`${prefix}iraq`]);
    expect(await search('IRAQ')).toEqual([`${prefix}iraq`]);
    expect(await search('jordan')).toEqual([`${prefix}jordan`]);
    expect(await search('اردن')).toEqual([`${prefix}jordan`]); // hamza on alef folded, ال stripped
    expect(await search('HUSSEIN')).toEqual([`${prefix}fuad`]);
  });
});
