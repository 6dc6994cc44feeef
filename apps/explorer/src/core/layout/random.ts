// Start positions come from the shared seeded PRNG (pure, no I/O), so layouts and tests repeat.
export { seededRandom } from '@kg/seeded-random';
