import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { neo4jRuntimeDir } from '@kg/repo-paths';
import { LocalNeo4jError } from './errors';
import { run, tail } from './process';
import { findJava, findMaven } from './tools';
import type { JavaInstall } from './tools';

export type Log = (line: string) => void;
const stderrLog: Log = (line) => process.stderr.write(`${line}\n`);

export function pomFile(): string {
  return join(neo4jRuntimeDir(), 'pom.xml');
}

/** The resolved runtime classpath (git-ignored; rebuilt when pom.xml changes). */
export function classpathFile(): string {
  return join(neo4jRuntimeDir(), 'classpath.txt');
}

/** Where the compiled launcher lives (git-ignored). */
export function launcherClassesDir(): string {
  return join(neo4jRuntimeDir(), 'target', 'classes');
}

/** The Neo4j version pinned in pom.xml. */
export function neo4jVersion(): string {
  return /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomFile(), 'utf8'))?.[1] ?? 'unknown';
}

function mtime(file: string): number {
  return statSync(file).mtimeMs;
}

function classpathIsCurrent(): boolean {
  const file = classpathFile();
  if (!existsSync(file) || mtime(file) < mtime(pomFile())) return false;
  const entries = readFileSync(file, 'utf8').trim().split(':').filter(Boolean);
  // A cleaned ~/.m2 leaves a classpath pointing at nothing: rebuild then too.
  return entries.length > 0 && entries.every((jar) => existsSync(jar));
}

/**
 * Makes sure scripts/neo4j/classpath.txt lists the jars of Neo4j Community (pom.xml), running
 * Maven's dependency plugin when it is missing or older than pom.xml. The first run downloads
 * ~150 MB into ~/.m2; later runs return at once. Returns the classpath.
 */
export async function ensureClasspath(options: { log?: Log; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const log = options.log ?? stderrLog;
  const env = options.env ?? process.env;
  const file = classpathFile();
  if (!classpathIsCurrent()) {
    const mvn = findMaven(env);
    const java = findJava(env);
    const started = Date.now();
    log(`Fetching Neo4j ${neo4jVersion()} with Maven (first run downloads ~150 MB into ~/.m2) ...`);
    const partial = `${file}.${process.pid}.tmp`;
    const result = await run(
      mvn,
      [
        '-q',
        '-B',
        '-Dstyle.color=never',
        '-f',
        pomFile(),
        'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath',
        `-Dmdep.outputFile=${partial}`,
        '-Dmdep.includeScope=runtime',
      ],
      { cwd: neo4jRuntimeDir(), env: { ...env, JAVA_HOME: java.home } },
    );
    if (result.code !== 0 || !existsSync(partial)) {
      rmSync(partial, { force: true });
      throw new LocalNeo4jError(
        'MAVEN_FAILED',
        `Maven could not resolve Neo4j (exit ${result.code ?? result.signal}). Is Maven Central reachable? Last output:\n${tail(result.output)}`,
      );
    }
    renameSync(partial, file); // atomic: an interrupted run never leaves a half-written classpath
    log(`Neo4j ${neo4jVersion()} is ready (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Compiles scripts/neo4j/Launcher.java once (and again when it or the classpath changes), which
 * saves the ~8 s that `java Launcher.java` spends compiling on every start. Returns the classes dir.
 */
export async function ensureLauncherCompiled(java: JavaInstall, classpath: string, options: { log?: Log } = {}): Promise<string> {
  const log = options.log ?? stderrLog;
  const source = join(neo4jRuntimeDir(), 'Launcher.java');
  const classes = launcherClassesDir();
  const compiled = join(classes, 'Launcher.class');
  if (existsSync(compiled) && mtime(compiled) >= mtime(source) && mtime(compiled) >= mtime(classpathFile())) return classes;
  log('Compiling the Neo4j launcher ...');
  const partial = `${classes}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const result = await run(java.javac, ['-d', partial, '-cp', classpath, '-encoding', 'UTF-8', source]);
  if (result.code !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new LocalNeo4jError('COMPILE_FAILED', `javac could not compile ${source}:\n${tail(result.output)}`);
  }
  rmSync(classes, { recursive: true, force: true });
  renameSync(partial, classes);
  return classes;
}

/** ensureClasspath + ensureLauncherCompiled: everything a start needs on disk. */
export async function prepareRuntime(options: { log?: Log; env?: NodeJS.ProcessEnv } = {}): Promise<{ java: JavaInstall; classpath: string; classes: string }> {
  const java = findJava(options.env);
  const classpath = await ensureClasspath(options);
  const classes = await ensureLauncherCompiled(java, classpath, options);
  return { java, classpath, classes };
}
