import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findJava, findMaven } from './tools';

describe('finding Java and Maven', () => {
  test('KG_JAVA_HOME that is not a Java 17/21 JDK is a clear error', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kg-nojava-'));
    try {
      expect(() => findJava({ KG_JAVA_HOME: empty, PATH: '' })).toThrow(/KG_JAVA_HOME does not point at a Java 17 or 21 JDK/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
  test('missing mvn is a clear error that says how to install it', () => {
    expect(() => findMaven({ PATH: '' })).toThrow(/Maven \(mvn\) is not installed.*\n.*apt-get install maven/);
  });
});
