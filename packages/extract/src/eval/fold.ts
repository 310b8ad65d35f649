/**
 * Text as the scorer compares it: NFKC, every dash folded to `-`, curly apostrophes to `'`, white
 * space collapsed, lower case. Figures computed anywhere with these rules agree.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\p{Pd}\u2212]/gu, "-")
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The words of a name: runs of letters and digits, folded. */
export function nameWords(name: string): string[] {
  return fold(name).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether two names name the same one: the shorter one's words all occur, in order, in the longer
 * one, and a one-word name equals the other's last word (`Blinken` is `Antony Blinken`, `Antony`
 * is not).
 */
export function namesMatch(a: string, b: string): boolean {
  const [shorter, longer] = orderByLength(nameWords(a), nameWords(b));
  if (shorter.length === 0) return false;
  if (shorter.length === 1) return shorter[0] === longer[longer.length - 1];
  let at = 0;
  for (const word of longer) {
    if (word === shorter[at]) at += 1;
    if (at === shorter.length) return true;
  }
  return false;
}

function orderByLength(a: string[], b: string[]): [string[], string[]] {
  return a.length <= b.length ? [a, b] : [b, a];
}

/** Whether one folded text contains the other, either way round. */
export function containsEither(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/**
 * Pairs gold items with found ones, one to one: exact folded equals first, then whatever `matches`
 * accepts, each gold item taking the first free found item. Returns the number of pairs and, for
 * each gold item, the index of its partner or -1.
 */
export function pairOff<G, F>(
  gold: readonly G[],
  found: readonly F[],
  matches: (gold: G, found: F) => boolean,
  same: (gold: G, found: F) => boolean,
): number[] {
  const taken = new Set<number>();
  const partner = gold.map(() => -1);
  for (const pass of [same, matches]) {
    gold.forEach((item, g) => {
      if (partner[g] !== -1) return;
      const f = found.findIndex((candidate, i) => !taken.has(i) && pass(item, candidate));
      if (f === -1) return;
      taken.add(f);
      partner[g] = f;
    });
  }
  return partner;
}
