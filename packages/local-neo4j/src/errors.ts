export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'MAVEN_FAILED'
  | 'COMPILE_FAILED'
  | 'BAD_OPTION'
  | 'BAD_PASSWORD'
  | 'PORT_IN_USE'
  | 'ALREADY_RUNNING'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'STOP_FAILED';

/** Every failure of this package: `code` for programs, a message that says what to do for people. */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
