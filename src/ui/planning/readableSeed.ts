// Short, common words that are hard to mishear or mistype when a seed is read out or copied into minutes.
const ADJECTIVES = [
  'amber',
  'brave',
  'calm',
  'clear',
  'bright',
  'gentle',
  'golden',
  'green',
  'honest',
  'kind',
  'lively',
  'merry',
  'quiet',
  'rapid',
  'silver',
  'steady',
  'sunny',
  'swift',
  'tidy',
  'warm',
];
const NOUNS = [
  'badger',
  'beacon',
  'bridge',
  'canal',
  'castle',
  'falcon',
  'garden',
  'harbour',
  'island',
  'lantern',
  'meadow',
  'orchard',
  'otter',
  'pebble',
  'river',
  'robin',
  'saddle',
  'thistle',
  'willow',
  'harvest',
];

/** A whole number in [0, n) from the browser's (and Node's) cryptographic generator. */
export function cryptoBelow(n: number): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  // A seed needs to be unpredictable, not perfectly uniform: the modulo's bias over 2³² is immaterial here.
  return buffer[0]! % n;
}

/**
 * A seed a person can read, say and write down, e.g. "amber-otter-4821": 20 × 20 × 9,000 = 3.6 million
 * seeds, plenty to make each audit's draw its own while anyone can type it again to re-draw the sample.
 */
export function readableSeed(below: (n: number) => number = cryptoBelow): string {
  const adjective = ADJECTIVES[below(ADJECTIVES.length)]!;
  const noun = NOUNS[below(NOUNS.length)]!;
  return `${adjective}-${noun}-${1000 + below(9000)}`;
}
