import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { READ_ONLY_MESSAGE, runReadOnlyCypher } from './cypher-console';
import { connect } from './driver';
import { connectionSettings } from './settings';
import { Neo4jAccessError, writeTx } from './transactions';

jest.setTimeout(60_000);

const tag = `it-console-${randomUUID()}`;
let driver: Driver;

beforeAll(async () => {
  driver = await connect(connectionSettings());
  await writeTx(driver, (tx) =>
    tx.run(
      `CREATE (a:ItConsole {tag: $tag, name: 'الرياض', big: 1152921504606846976, small: 7, ratio: 0.5})
       CREATE (b:ItConsole {tag: $tag, name: 'Riyadh'})
       CREATE (a)-[:ALSO_KNOWN_AS {since: date('2024-01-02')}]->(b)`,
      { tag },
    ),
  );
});
afterAll(async () => {
  await writeTx(driver, (tx) => tx.run('MATCH (n:ItConsole {tag: $tag}) DETACH DELETE n', { tag }));
  await driver.close();
});

describe('runReadOnlyCypher', () => {
  test('returns plain JSON: rows by column, the nodes and relationships they contain, ints as numbers', async () => {
    const result = await runReadOnlyCypher(
      driver,
      `MATCH p = (a:ItConsole {tag: $tag})-[r]->(b)
       RETURN a, r, b, p, a.big AS big, a.small AS small, a.ratio AS ratio, r.since AS since, [a.name, {other: b.name}] AS mixed, null AS nothing`,
      { tag },
    );
    expect(result.columns).toEqual(['a', 'r', 'b', 'p', 'big', 'small', 'ratio', 'since', 'mixed', 'nothing']);
    expect(result.truncated).toBe(false);
    expect(result.rows).toHaveLength(1);
    const row = result.rows[0]!;
    expect(row.small).toBe(7);
    expect(row.big).toBe('1152921504606846976'); // beyond 2^53: kept exact as a string
    expect(row.ratio).toBe(0.5);
    expect(row.since).toBe('2024-01-02');
    expect(row.mixed).toEqual(['الرياض', { other: 'Riyadh' }]);
    expect(row.nothing).toBeNull();
    expect(row.a).toMatchObject({ kind: 'node', labels: ['ItConsole'], properties: { name: 'الرياض', small: 7, tag } });
    expect(row.r).toMatchObject({ kind: 'relationship', type: 'ALSO_KNOWN_AS', properties: { since: '2024-01-02' } });
    expect(row.p).toMatchObject({ kind: 'path', nodes: [{ properties: { name: 'الرياض' } }, { properties: { name: 'Riyadh' } }], relationships: [{ type: 'ALSO_KNOWN_AS' }] });

    // The graph part: each node and relationship once, although a, b, r and p repeat them.
    expect(result.nodes.map((n) => n.properties.name).sort()).toEqual(['Riyadh', 'الرياض']);
    expect(result.relationships).toHaveLength(1);
    const [rel] = result.relationships;
    const ids = Object.fromEntries(result.nodes.map((n) => [n.properties.name, n.id]));
    expect(rel).toMatchObject({ start: ids['الرياض'], end: ids.Riyadh });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result); // nothing JSON would lose
  });

  test.each([
    ['CREATE', 'CREATE (:ItConsole {tag: $tag})'],
    ['MERGE', 'MERGE (:ItConsole {tag: $tag, name: "new"})'],
    ['SET', 'MATCH (n:ItConsole {tag: $tag}) SET n.name = "changed"'],
    ['DELETE', 'MATCH (n:ItConsole {tag: $tag}) DETACH DELETE n'],
    ['schema', 'CREATE INDEX it_console_probe IF NOT EXISTS FOR (n:ItConsole) ON (n.tag)'],
  ])('refuses a write (%s): "this console is read-only"', async (_what, query) => {
    const attempt = runReadOnlyCypher(driver, query, { tag });
    await expect(attempt).rejects.toBeInstanceOf(Neo4jAccessError);
    await expect(attempt).rejects.toMatchObject({ kind: 'read-only', message: READ_ONLY_MESSAGE });
    await expect(attempt).rejects.toThrow(/^this console is read-only/);
    const check = await runReadOnlyCypher(driver, 'MATCH (n:ItConsole {tag: $tag}) RETURN n.name AS name ORDER BY name', { tag });
    expect(check.rows).toEqual([{ name: 'Riyadh' }, { name: 'الرياض' }]); // unchanged
  });

  test('cuts the rows at rowCap and says so', async () => {
    const cut = await runReadOnlyCypher(driver, 'UNWIND range(1, 50) AS x RETURN x', {}, { rowCap: 10 });
    expect(cut.rows.map((r) => r.x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(cut.truncated).toBe(true);
    const whole = await runReadOnlyCypher(driver, 'UNWIND range(1, 50) AS x RETURN x', {}, { rowCap: 50 });
    expect(whole.rows).toHaveLength(50);
    expect(whole.truncated).toBe(false);
  });

  test('whole-number parameters arrive as Cypher integers (LIMIT $n works)', async () => {
    const result = await runReadOnlyCypher(driver, 'UNWIND range(1, 10) AS x RETURN x LIMIT $n', { n: 3 });
    expect(result.rows).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
  });

  test('an empty result still names its columns', async () => {
    const result = await runReadOnlyCypher(driver, 'MATCH (n:ItConsole {tag: "none"}) RETURN n, n.name AS name');
    expect(result).toEqual({ columns: ['n', 'name'], rows: [], nodes: [], relationships: [], truncated: false });
  });

  test('syntax errors and timeouts are reported as such', async () => {
    await expect(runReadOnlyCypher(driver, 'MATCH (n RETURN n')).rejects.toMatchObject({ kind: 'syntax' });
    await expect(
      runReadOnlyCypher(driver, 'UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(*) AS c', {}, { timeoutMs: 300 }),
    ).rejects.toMatchObject({ kind: 'timeout', message: 'the query ran longer than 300 ms and was stopped' });
  });
});
