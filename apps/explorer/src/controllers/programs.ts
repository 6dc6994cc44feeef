import {
  createEdgeCompoundProgram,
  EdgeArrowHeadProgram,
  type EdgeArrowProgram,
  EdgeClampedProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import { withoutInstancing, type ProgramClassLike } from '../core/rendering/instancing';
import { withoutPickingWhileDragging, type PickingProgramClassLike } from '../core/rendering/picking';

// Sigma's default shapes (disc, rectangle, arrow) drawn without instancing: see core/rendering/instancing.ts.
const plain = <T>(program: T): T => withoutInstancing(program as unknown as ProgramClassLike) as unknown as T;

export const PlainNodeCircleProgram = plain(NodeCircleProgram);
export const PlainEdgeRectangleProgram = plain(EdgeRectangleProgram);
export const PlainEdgeArrowProgram = createEdgeCompoundProgram([plain(EdgeClampedProgram), plain(EdgeArrowHeadProgram)]) as unknown as typeof EdgeArrowProgram;

// Node programs that skip their picking pass while the stage is dragged: see core/rendering/picking.ts.
const dragLean = <T>(program: T): T => withoutPickingWhileDragging(program as unknown as PickingProgramClassLike) as unknown as T;

export const DragLeanNodeCircleProgram = dragLean(NodeCircleProgram);
export const DragLeanPlainNodeCircleProgram = dragLean(PlainNodeCircleProgram);
export const DragLeanNodePointProgram = dragLean(NodePointProgram);
