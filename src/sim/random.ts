/**
 * The one seeded random generator. Its whole state is a single 32-bit number
 * kept inside the game state, so a move stays a pure function and a seed
 * replays a season exactly (the idea of boardgame.io's random plugin).
 *
 * The generator is mulberry32: small, fast, and good enough for a game.
 */
export type RandomState = number;

export function seedRandom(seed: number): RandomState {
  // Mix the seed so that neighbouring seeds start far apart.
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** A draw stream over a copy of the state: draw, then write `state` back. */
export class Draws {
  constructor(public state: RandomState) {}

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A float in [low, high). */
  between(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /** A whole number in [low, high]. */
  integer(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A Poisson-distributed count with the given mean (Knuth's method; means here are small). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count += 1;
      product *= this.next();
    }
    return count;
  }
}

/**
 * A draw stream of its own for one thing in the season (a deal's decision,
 * a rep's new deals in a week), fixed by the seed and a key alone. The
 * market's luck then stays the same whatever the manager chooses, so two
 * plays of one seed differ by the choices, not by the luck of the draw.
 */
export function drawsFor(seed: number, key: string): Draws {
  // FNV-1a over the key, mixed into the seed.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return new Draws(seedRandom((seed ^ hash) >>> 0));
}
