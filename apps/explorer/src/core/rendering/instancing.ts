// Sigma's node and edge programs draw every item as one instance of a small mesh (a triangle per
// node, a rectangle and a triangle per arrow). Software WebGL (SwiftShader, llvmpipe) runs an
// instanced draw instance by instance, at about 0.1 ms each: a small graph's frame then costs
// 15 ms before anything is visible. withoutInstancing() turns such a program into the same shapes
// written out vertex by vertex (one ordinary draw call), with the same shaders. Pure: it knows
// sigma's program classes only by shape, so it is tested without WebGL.

/** A vertex attribute as sigma's program definitions describe it. */
export interface AttributeSpec {
  name: string;
  size: number;
  type: number;
  normalized?: boolean;
}

export interface DefinitionLike {
  VERTICES: number;
  ATTRIBUTES: AttributeSpec[];
  CONSTANT_ATTRIBUTES?: AttributeSpec[];
  CONSTANT_DATA?: number[][];
}

export interface ProgramLike {
  array: Float32Array;
  getDefinition(): DefinitionLike;
  processVisibleItem(index: number, startIndex: number, ...data: unknown[]): void;
}

// Mixin constructors must take any[] (TypeScript's rule for classes extending a type parameter).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ProgramClassLike = new (...args: any[]) => ProgramLike;

/** Floats an attribute takes in sigma's arrays (normalized byte vectors are packed in one). */
export function attributeItems(attributes: readonly AttributeSpec[]): number {
  return attributes.reduce((sum, a) => sum + (a.normalized ? 1 : a.size), 0);
}

/** True for WebGL in software (what Chrome uses without a usable GPU). */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}

interface Layout {
  vertices: number;
  /** Floats per vertex the instanced program writes (its per-instance attributes). */
  instanceItems: number;
  /** The per-vertex constants, one row per vertex. */
  constants: number[][];
  scratch: Float32Array;
}

/**
 * `Base` drawn without instancing: each vertex gets the item's per-instance attributes followed
 * by that vertex's constants. Programs without constant attributes are returned as they draw.
 */
export function withoutInstancing<C extends ProgramClassLike>(Base: C): C {
  return class NotInstanced extends Base {
    private layout: Layout | undefined;

    override getDefinition(): DefinitionLike {
      const def = super.getDefinition();
      if (!def.CONSTANT_ATTRIBUTES) return def;
      // Without CONSTANT_ATTRIBUTES (the key itself) sigma treats the program as an ordinary one.
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _constants, ...rest } = def;
      return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    override processVisibleItem(index: number, startIndex: number, ...data: unknown[]): void {
      const layout = (this.layout ??= this.makeLayout());
      if (!layout.constants.length) {
        super.processVisibleItem(index, startIndex, ...data);
        return;
      }
      const target = this.array;
      this.array = layout.scratch;
      try {
        super.processVisibleItem(index, 0, ...data);
      } finally {
        this.array = target;
      }
      let offset = startIndex;
      for (let v = 0; v < layout.vertices; v++) {
        target.set(layout.scratch, offset);
        offset += layout.instanceItems;
        for (const value of layout.constants[v]!) target[offset++] = value;
      }
    }

    private makeLayout(): Layout {
      const def = Base.prototype.getDefinition.call(this);
      const instanceItems = attributeItems(def.ATTRIBUTES);
      return { vertices: def.VERTICES, instanceItems, constants: def.CONSTANT_DATA ?? [], scratch: new Float32Array(instanceItems) };
    }
  };
}
