import { describe, expect, it } from '@jest/globals';
import { endpointsAllowed, isSymmetric, RELATION_ENDPOINTS, RELATION_TYPES, SCHEMA_STATEMENTS, NODE_STYLE, NODE_LABELS, EDGE_STYLE, RELATIONSHIP_TYPES } from './index';

describe('graph-schema', () => {
  it('gives every relation type its endpoint rule', () => {
    expect(Object.keys(RELATION_ENDPOINTS).sort()).toEqual([...RELATION_TYPES].sort());
  });
  it('checks endpoints by type', () => {
    expect(endpointsAllowed('ACQUIRES', 'State', 'Weapon')).toBe(true);
    expect(endpointsAllowed('ACQUIRES', 'Weapon', 'State')).toBe(false);
    expect(endpointsAllowed('HOLDS_OFFICE', 'Weapon', 'State')).toBe(false);
    // An alliance acts as one: NATO's missions abroad and its partnerships.
    expect(endpointsAllowed('DEPLOYED_IN', 'Alliance', 'State')).toBe(true);
    expect(endpointsAllowed('COOPERATES_WITH', 'Alliance', 'State')).toBe(true);
    expect(endpointsAllowed('DEPLOYED_IN', 'State', 'Alliance')).toBe(false);
  });
  it('treats MET_WITH as symmetric only between officials', () => {
    expect(isSymmetric('MET_WITH', 'Official', 'Official')).toBe(true);
    expect(isSymmetric('MET_WITH', 'Official', 'State')).toBe(false);
    expect(isSymmetric('COOPERATES_WITH', 'State', 'State')).toBe(true);
  });
  it('makes every schema statement idempotent', () => {
    for (const s of SCHEMA_STATEMENTS) expect(s).toMatch(/IF NOT EXISTS/);
  });
  it('styles every label and relationship type', () => {
    for (const l of NODE_LABELS) expect(NODE_STYLE[l].color).toMatch(/^#[0-9A-F]{6}$/i);
    for (const t of RELATIONSHIP_TYPES) expect(EDGE_STYLE[t].label.en.length).toBeGreaterThan(0);
  });
});
