/** Moves the active suggestion, wrapping around; -1 means none. */
export function moveActive(active: number, count: number, delta: number): number {
  if (count === 0) return -1;
  if (active < 0) return delta > 0 ? 0 : count - 1;
  return (active + delta + count) % count;
}
