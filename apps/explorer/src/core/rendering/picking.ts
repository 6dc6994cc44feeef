// Sigma draws every node twice per frame: once to the screen and once, in index colours, to a
// picking buffer that answers "which node is under the pointer". While the stage is dragged no
// node can be hovered (see GraphView), so that second drawing is wasted; on a software renderer
// it is a large part of each frame. withoutPickingWhileDragging() skips it for frames drawn during
// a drag. Pure: it knows sigma's programs only by shape, so it is tested without WebGL.

/** The part of sigma's mouse captor that says whether the stage is being dragged. */
export interface DragState {
  isMouseDown: boolean;
  isMoving: boolean;
}

export interface PickingProgramLike {
  pickProgram: unknown;
  renderer: { getMouseCaptor(): DragState };
  render(params: unknown): void;
}

// Mixin constructors must take any[] (TypeScript's rule for classes extending a type parameter).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PickingProgramClassLike = new (...args: any[]) => PickingProgramLike;

/** True while a drag moves the camera: the button is down and the pointer moved lately. */
export function dragging(state: DragState): boolean {
  return state.isMouseDown && state.isMoving;
}

/**
 * `Base` without its picking pass in frames drawn while dragging. The picking buffer of such a
 * frame stays empty (sigma clears it before each frame), so the view draws once more when the
 * button is released (GraphView does).
 */
export function withoutPickingWhileDragging<C extends PickingProgramClassLike>(Base: C): C {
  return class PickingPausedWhileDragging extends Base {
    override render(params: unknown): void {
      const pick = this.pickProgram;
      if (pick === null || !dragging(this.renderer.getMouseCaptor())) {
        super.render(params);
        return;
      }
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }
  };
}
