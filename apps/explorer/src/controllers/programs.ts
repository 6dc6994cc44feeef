import {
  createEdgeCompoundProgram,
  EdgeArrowHeadProgram,
  type EdgeArrowProgram,
  EdgeClampedProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
} from 'sigma/rendering';
import { withoutInstancing, type ProgramClassLike } from '../core/rendering/instancing';

// Sigma's default shapes (disc, rectangle, arrow) drawn without instancing: see core/rendering/instancing.ts.
const plain = <T>(program: T): T => withoutInstancing(program as unknown as ProgramClassLike) as unknown as T;

export const PlainNodeCircleProgram = plain(NodeCircleProgram);
export const PlainEdgeRectangleProgram = plain(EdgeRectangleProgram);
export const PlainEdgeArrowProgram = createEdgeCompoundProgram([plain(EdgeClampedProgram), plain(EdgeArrowHeadProgram)]) as unknown as typeof EdgeArrowProgram;
