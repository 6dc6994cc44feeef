import { describe, expect, test } from '@jest/globals';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { freePort, isPortFree, parsePort } from './ports';
import { validateInstance, validateSize } from './server';

describe('parsePort', () => {
  test('accepts 1-65535 as numbers or decimal strings', () => {
    expect(parsePort('7687')).toBe(7687);
    expect(parsePort(' 1 ')).toBe(1);
    expect(parsePort(65535)).toBe(65535);
  });
  test.each(['0', '65536', '-1', '76.87', 'abc', '', '0x1f90', '1e3'])('refuses %p with a clear message', (raw) => {
    expect(() => parsePort(raw, '--port')).toThrow(`--port is not a port number (1-65535): ${raw}`);
  });
});

describe('isPortFree / freePort', () => {
  test('a port someone listens on is not free; it is again once they stop', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    expect(await isPortFree(port)).toBe(false);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await isPortFree(port)).toBe(true);
  });
  test('freePort returns a port that can be bound', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    expect(await isPortFree(port)).toBe(true);
  });
});

describe('option validation', () => {
  test('instance names cannot escape .neo4j/', () => {
    expect(validateInstance('test-123')).toBe('test-123');
    for (const bad of ['', '..', '../x', 'a/b', '.hidden', 'a b']) expect(() => validateInstance(bad)).toThrow(/instance names/);
  });
  test('memory sizes look like 512m or 2g', () => {
    expect(validateSize('512m', 'heap')).toBe('512m');
    expect(validateSize('2G', 'heap')).toBe('2G');
    for (const bad of ['', '0', '1.5g', '2 g', '-1g', '2gb']) expect(() => validateSize(bad, 'heap')).toThrow(/heap must look like/);
  });
});
