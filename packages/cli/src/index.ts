export { extractFile, outputName, type FileOutcome } from './extract-files';
export { evaluateDir, formatReport, type EvalReport } from './evaluate';
