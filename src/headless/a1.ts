/** A1 column letters, both ways (0-based column indexes for letters; 1-based numbers for what a range reads). */

/** Spreadsheet column letters for a 0-based index (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Column letters, any case → the 1-based column number (A → 1, Z → 26, AA → 27). */
export function columnNumber(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return c;
}
