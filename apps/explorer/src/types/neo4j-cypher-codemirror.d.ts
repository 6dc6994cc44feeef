// The package ships its types at src/codemirror.d.ts but its "exports" map does not point the
// main entry at them; this re-declares the entry from that file.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
