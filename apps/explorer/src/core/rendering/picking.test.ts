import { describe, expect, it } from '@jest/globals';
import { withoutPickingWhileDragging, type DragState } from './picking';

/** Shaped like sigma's programs: render() draws the picking pass when pickProgram is set. */
class FakeProgram {
  pickProgram: string | null = 'pick';
  readonly passes: string[] = [];
  constructor(readonly captor: DragState) {}
  get renderer() {
    return { getMouseCaptor: () => this.captor };
  }
  render(_params: unknown): void {
    if (this.pickProgram) this.passes.push(this.pickProgram);
    this.passes.push('screen');
  }
}

describe('withoutPickingWhileDragging', () => {
  const Program = withoutPickingWhileDragging(FakeProgram);

  it('draws both passes when the stage is not dragged', () => {
    const idle = new Program({ isMouseDown: false, isMoving: false });
    idle.render({});
    expect(idle.passes).toEqual(['pick', 'screen']);
    // Button down without moving (a click, a pause in a drag): picking still drawn.
    const held = new Program({ isMouseDown: true, isMoving: false });
    held.render({});
    expect(held.passes).toEqual(['pick', 'screen']);
  });

  it('skips the picking pass while dragging and restores it afterwards', () => {
    const captor = { isMouseDown: true, isMoving: true };
    const program = new Program(captor);
    program.render({});
    expect(program.passes).toEqual(['screen']);
    expect(program.pickProgram).toBe('pick');
    captor.isMouseDown = false;
    captor.isMoving = false;
    program.render({});
    expect(program.passes).toEqual(['screen', 'pick', 'screen']);
  });

  it('restores the picking program when drawing throws', () => {
    class Failing extends FakeProgram {
      override render(_params: unknown): void {
        throw new Error('context lost');
      }
    }
    const program = new (withoutPickingWhileDragging(Failing))({ isMouseDown: true, isMoving: true });
    expect(() => program.render({})).toThrow('context lost');
    expect(program.pickProgram).toBe('pick');
  });
});
