// The coding of the JS detector's data (www/pkg/profiles.js and
// profiles-long.js, read by www/lib/detect.js), shared by
// scripts/build-wasm.mjs, which writes them, and scripts/detect-stages.mjs,
// which measures other designs of the first stage.

/**
 * The words of each list that `keep` accepts, as one string: the lists
 * separated by "|", each sorted word a digit (how many characters to drop from
 * the previous word's end; a space: all of them), then the characters to add.
 * @param {string[][]} lists sorted words, a list per language in the engine's order
 * @param {(word: string) => boolean} keep
 */
export function codeLists(lists, keep) {
  return lists.map((words) => {
    let previous = "";
    return words.filter(keep).map((word) => {
      let shared = 0;
      while (shared < word.length && word[shared] === previous[shared]) shared += 1;
      const drop = previous.length - shared;
      previous = word;
      return drop > 9 ? ` ${word}` : drop + word.slice(shared);
    }).join("");
  }).join("|");
}

/**
 * A filter's set bits as the gaps between them, each a character 32 + gap ("~" adds 94 without setting a bit).
 * @param {Iterable<number>} bits
 */
export function codeFilter(bits) {
  let filter = "";
  let at = -1;
  for (const bit of [...new Set(bits)].sort((a, b) => a - b)) {
    let gap = bit - at;
    for (; gap > 93; gap -= 94) filter += "~";
    filter += String.fromCharCode(32 + gap);
    at = bit;
  }
  return filter;
}
