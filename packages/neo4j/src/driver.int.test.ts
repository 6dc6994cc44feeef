import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { connect, openDriver, verifyConnectivity } from './driver';
import { connectionSettings } from './settings';
import { Neo4jAccessError, readTx, writeTx } from './transactions';

jest.setTimeout(60_000);

const settings = connectionSettings();
const tag = `it-driver-${randomUUID()}`;
let driver: Driver;

beforeAll(async () => {
  driver = await connect(settings);
});
afterAll(async () => {
  await writeTx(driver, (tx) => tx.run('MATCH (n:ItProbe {tag: $tag}) DETACH DELETE n', { tag }));
  await driver.close();
});

describe('the Neo4j access layer against the real server', () => {
  test('connects and reports the server', async () => {
    const info = await verifyConnectivity(driver);
    expect(info.agent).toMatch(/^Neo4j\/\d+\./);
    expect(typeof info.address).toBe('string');
  });

  test('writes in a write transaction and reads the data back in a read transaction', async () => {
    const created = await writeTx(driver, async (tx) => {
      const result = await tx.run('CREATE (n:ItProbe {tag: $tag, name: $name, n: 41 + 1}) RETURN n.name AS name', { tag, name: 'بغداد Baghdad' });
      return result.records[0]?.get('name') as string;
    });
    expect(created).toBe('بغداد Baghdad');
    const back = await readTx(driver, async (tx) => {
      const result = await tx.run('MATCH (n:ItProbe {tag: $tag}) RETURN n.name AS name, n.n AS n', { tag });
      return result.records.map((r) => ({ name: r.get('name') as string, n: (r.get('n') as { toNumber(): number }).toNumber() }));
    });
    expect(back).toEqual([{ name: 'بغداد Baghdad', n: 42 }]);
  });

  test('a write inside a read transaction is refused by the server (AccessMode)', async () => {
    const readOnlyTag = `${tag}-read-only`;
    const attempt = readTx(driver, (tx) => tx.run('CREATE (n:ItProbe {tag: $tag})', { tag: readOnlyTag }));
    await expect(attempt).rejects.toBeInstanceOf(Neo4jAccessError);
    await expect(attempt).rejects.toMatchObject({ kind: 'read-only', code: 'Neo.ClientError.Statement.AccessMode' });
    const count = await readTx(driver, async (tx) => {
      const result = await tx.run('MATCH (n:ItProbe {tag: $tag}) RETURN count(n) AS c', { tag: readOnlyTag });
      return (result.records[0]?.get('c') as { toNumber(): number }).toNumber();
    });
    expect(count).toBe(0);
  });

  test('a wrong password is refused with an auth error', async () => {
    const wrong = openDriver({ ...settings, password: `${settings.password}-wrong` });
    try {
      await expect(verifyConnectivity(wrong)).rejects.toMatchObject({ kind: 'auth', code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await wrong.close();
    }
    // connect() says which server refused.
    await expect(connect({ ...settings, password: `${settings.password}-wrong` })).rejects.toThrow(
      new RegExp(`^${settings.uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Neo4j refused the user name or password`),
    );
  });

  test('an unreachable server is reported as unavailable', async () => {
    const nowhere = openDriver({ ...settings, uri: 'bolt://127.0.0.1:1' }, { connectionTimeoutMs: 2000 });
    try {
      await expect(verifyConnectivity(nowhere)).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      await nowhere.close();
    }
  });

  test('a transaction that runs past its timeout is stopped', async () => {
    const slow = readTx(driver, (tx) => tx.run('UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(*)'), { timeoutMs: 300 });
    await expect(slow).rejects.toMatchObject({ kind: 'timeout' });
  });
});
