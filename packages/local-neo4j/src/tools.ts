import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { LocalNeo4jError } from './errors';

/** Neo4j 5.26 runs on Java 17 and 21; 17 is preferred (the line's reference JVM). */
export const SUPPORTED_JAVA_MAJORS = [17, 21] as const;

export interface JavaInstall {
  home: string;
  java: string;
  javac: string;
  major: number;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable called `name` on PATH, or undefined. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/** The major version of the JDK/JRE at `home` (from its `release` file, else `java -version`). */
export function javaMajor(home: string): number | undefined {
  const release = join(home, 'release');
  let version: string | undefined;
  if (existsSync(release)) version = /^JAVA_VERSION="([^"]+)"/m.exec(readFileSync(release, 'utf8'))?.[1];
  if (!version) {
    const java = join(home, 'bin', 'java');
    if (!isExecutable(java)) return undefined;
    const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
    version = /version "([^"]+)"/.exec(`${out.stderr}${out.stdout}`)?.[1];
  }
  if (!version) return undefined;
  const parts = version.split(/[._-]/);
  const major = parts[0] === '1' ? Number(parts[1]) : Number(parts[0]);
  return Number.isInteger(major) ? major : undefined;
}

function candidateHomes(env: NodeJS.ProcessEnv): string[] {
  const homes: string[] = [];
  if (env.JAVA_HOME) homes.push(env.JAVA_HOME);
  const jvmDir = '/usr/lib/jvm';
  if (existsSync(jvmDir)) {
    const entries = readdirSync(jvmDir).sort();
    for (const major of SUPPORTED_JAVA_MAJORS) {
      for (const entry of entries) if (new RegExp(`(^|[^0-9])${major}([^0-9]|$)`).test(entry)) homes.push(join(jvmDir, entry));
    }
  }
  const java = onPath('java', env);
  if (java) homes.push(dirname(dirname(realpathSync(java))));
  // /usr/lib/jvm holds aliases (java-1.17.0-openjdk-amd64 -> java-17-openjdk-amd64): name each JDK once.
  return [...new Set(homes.filter((home) => existsSync(home)).map((home) => realpathSync(home)))];
}

/**
 * Finds a JDK that can run Neo4j 5.26: KG_JAVA_HOME when set (must be 17 or 21), else the first
 * Java 17 (then 21) among JAVA_HOME, /usr/lib/jvm/* and `java` on PATH. A JDK, not a JRE: the
 * launcher is compiled with javac on first use.
 */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaInstall {
  const check = (home: string): JavaInstall | string => {
    const major = javaMajor(home);
    if (major === undefined) return `${home}: no java there`;
    if (!(SUPPORTED_JAVA_MAJORS as readonly number[]).includes(major)) return `${home}: Java ${major}`;
    const javac = join(home, 'bin', 'javac');
    if (!isExecutable(javac)) return `${home}: Java ${major} without javac (a JRE, not a JDK)`;
    return { home, java: join(home, 'bin', 'java'), javac, major };
  };
  if (env.KG_JAVA_HOME) {
    const found = check(env.KG_JAVA_HOME);
    if (typeof found !== 'string') return found;
    throw new LocalNeo4jError('JAVA_MISSING', `KG_JAVA_HOME does not point at a Java 17 or 21 JDK (${found}).`);
  }
  const rejected: string[] = [];
  const found: JavaInstall[] = [];
  for (const home of candidateHomes(env)) {
    const result = check(home);
    if (typeof result === 'string') rejected.push(result);
    else found.push(result);
  }
  const best = found.find((j) => j.major === 17) ?? found[0];
  if (best) return best;
  throw new LocalNeo4jError(
    'JAVA_MISSING',
    [
      'Neo4j 5.26 needs a Java 17 (or 21) JDK, and none was found.',
      rejected.length ? `Looked at: ${rejected.join('; ')}.` : 'No java on PATH, no JAVA_HOME, nothing in /usr/lib/jvm.',
      'Install one (Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless) or point KG_JAVA_HOME at it.',
    ].join('\n'),
  );
}

/** Maven's `mvn` (KG_MVN, else PATH); a clear error when it is missing. */
export function findMaven(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KG_MVN) {
    if (isExecutable(env.KG_MVN)) return env.KG_MVN;
    throw new LocalNeo4jError('MAVEN_MISSING', `KG_MVN is set but ${env.KG_MVN} is not an executable.`);
  }
  const mvn = onPath('mvn', env);
  if (mvn) return mvn;
  throw new LocalNeo4jError(
    'MAVEN_MISSING',
    'Maven (mvn) is not installed; it fetches Neo4j from Maven Central on first use.\n' +
      'Install it (Debian/Ubuntu: sudo apt-get install maven) or point KG_MVN at an mvn executable.',
  );
}
