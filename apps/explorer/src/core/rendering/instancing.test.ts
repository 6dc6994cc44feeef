import { describe, expect, it } from '@jest/globals';
import { attributeItems, isSoftwareRenderer, withoutInstancing, type DefinitionLike } from './instancing';

const FLOAT = 5126;
const UNSIGNED_BYTE = 5121;

/** Shaped like sigma's instanced programs: per-instance attributes, per-vertex constants. */
class FakeInstanced {
  array = new Float32Array(0);
  getDefinition(): DefinitionLike {
    return {
      VERTICES: 3,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
      CONSTANT_DATA: [[0], [1], [2]],
    };
  }
  processVisibleItem(_index: number, startIndex: number, x: number, y: number, color: number): void {
    this.array[startIndex] = x;
    this.array[startIndex + 1] = y;
    this.array[startIndex + 2] = color;
  }
}

describe('withoutInstancing', () => {
  it('moves the constant attributes into the per-vertex ones (no CONSTANT_ATTRIBUTES key left)', () => {
    const program = new (withoutInstancing(FakeInstanced))();
    const def = program.getDefinition();
    expect('CONSTANT_ATTRIBUTES' in def).toBe(false);
    expect(def.ATTRIBUTES.map((a) => a.name)).toEqual(['a_position', 'a_color', 'a_angle']);
    expect(attributeItems(def.ATTRIBUTES)).toBe(4);
  });

  it('writes every vertex: the item attributes, then that vertex constant', () => {
    const program = new (withoutInstancing(FakeInstanced))();
    program.array = new Float32Array(2 * 3 * 4).fill(-1);
    program.processVisibleItem(0, 0, 10, 20, 7);
    program.processVisibleItem(1, 12, 30, 40, 8);
    expect([...program.array]).toEqual([10, 20, 7, 0, 10, 20, 7, 1, 10, 20, 7, 2, 30, 40, 8, 0, 30, 40, 8, 1, 30, 40, 8, 2]);
  });

  it('leaves programs without constants as they are', () => {
    class Plain extends FakeInstanced {
      override getDefinition(): DefinitionLike {
        return { VERTICES: 1, ATTRIBUTES: [{ name: 'a_position', size: 2, type: FLOAT }] };
      }
    }
    const program = new (withoutInstancing(Plain))();
    program.array = new Float32Array(3).fill(-1);
    program.processVisibleItem(0, 0, 1, 2, 3);
    expect([...program.array]).toEqual([1, 2, 3]);
  });
});

describe('isSoftwareRenderer', () => {
  it('knows SwiftShader and llvmpipe, not GPUs', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.7, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(false);
  });
});
