export { LocalNeo4jError } from './errors';
export type { LocalNeo4jErrorCode } from './errors';
export { findJava, findMaven, javaMajor, SUPPORTED_JAVA_MAJORS } from './tools';
export type { JavaInstall } from './tools';
export { ensureClasspath, ensureLauncherCompiled, prepareRuntime, classpathFile, neo4jVersion } from './classpath';
export type { Log } from './classpath';
export { ensurePassword, readPassword, passwordFile, validatePassword, MIN_PASSWORD_LENGTH } from './password';
export type { PasswordOptions } from './password';
export { isPortFree, freePort, parsePort } from './ports';
export {
  startServer,
  ensureServer,
  stopServer,
  status,
  waitUntilReady,
  runningPid,
  isAlive,
  pidFile,
  logFile,
  validateInstance,
  validateSize,
  JVM_FLAGS,
  DEFAULT_HEAP,
} from './server';
export type { StartOptions, LocalServer, ServerStatus, StopResult, WaitOptions } from './server';
