/** Where a label of the corpus stands in its sentence: shared by the measurement (measure.ts) and the model's training. */

/**
 * Where a label occurs: its first occurrence as a whole word, else its first occurrence. "Mees" in "Meester Bas heeft
 * Mees ..." labels the boy, not the start of "Meester" (which would count a miss for a name that was found).
 */
export function labelStart(text: string, match: string): number {
  const wordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);
  for (let i = text.indexOf(match); i >= 0; i = text.indexOf(match, i + 1)) {
    const startOk = !wordChar(match.charAt(0)) || !wordChar(text.charAt(i - 1));
    const endOk = !wordChar(match.charAt(match.length - 1)) || !wordChar(text.charAt(i + match.length));
    if (startOk && endOk) return i;
  }
  return text.indexOf(match);
}
