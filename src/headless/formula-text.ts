/**
 * Formula text as an analyst types it in Excel (en-US), made readable for HyperFormula, and the
 * messages for the mistakes HyperFormula reports only as parser tokens:
 *
 * - `TRUE` / `FALSE` literals, also inside array constants (`{TRUE;FALSE}`): HyperFormula knows only the
 *   functions `TRUE()` / `FALSE()` and reads a bare `TRUE` as an undefined name (#NAME?), so the literals
 *   are rewritten to the function calls, which give the same boolean values;
 * - `;` between arguments (the separator of Excel in many European locales) is named as such;
 * - other syntax errors get one sentence (unclosed quote, unbalanced parentheses or braces) instead of
 *   the parser's token list;
 * - an unknown `DEPIN.` name suggests the closest catalog names; a catalog name typed without `DEPIN.`
 *   says that the namespace is missing.
 */

/** One stretch of formula text: code, a "string" literal or a 'quoted sheet' name. */
export interface Segment {
  kind: "code" | "string" | "sheet";
  text: string;
}

/** Splits formula text into code and quoted stretches (`""` and `''` are escaped quotes). */
export function segments(formula: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) break;
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out.push({ kind: ch === '"' ? "string" : "sheet", text: formula.slice(i, j + 1) });
      i = j + 1;
    } else {
      let j = i;
      while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
      out.push({ kind: "code", text: formula.slice(i, j) });
      i = j;
    }
  }
  return out;
}

/** A quoted stretch that runs to the end of the text without its closing quote. */
function unclosedQuote(segs: Segment[]): "string" | "sheet" | null {
  const last = segs[segs.length - 1];
  if (!last || last.kind === "code") return null;
  const q = last.text[0]!;
  const body = last.text.slice(1);
  const closed = body.length > 0 && body.endsWith(q) && (body.length - body.replace(new RegExp(`${q}+$`), "").length) % 2 === 1;
  return closed ? null : last.kind;
}

/** `TRUE`/`FALSE` as literals (not `TRUE(`, not part of a longer name, not a sheet `TRUE!`). */
const BOOLEAN_LITERAL = /(?<![A-Za-z0-9_.!$\\])(TRUE|FALSE)(?![A-Za-z0-9_.(!\\])(?!\s*\()/gi;

/** The formula with TRUE/FALSE literals written as HyperFormula's TRUE()/FALSE(). */
export function withBooleanFunctions(formula: string): string {
  return segments(formula)
    .map((s) => (s.kind === "code" ? s.text.replace(BOOLEAN_LITERAL, (m) => `${m.toUpperCase()}()`) : s.text))
    .join("");
}

/** The formula with `;` between arguments replaced by `,` (array constants keep their `;` row separators). */
function withCommas(formula: string): string {
  let braces = 0;
  return segments(formula)
    .map((s) => {
      if (s.kind !== "code") return s.text;
      let t = "";
      for (const ch of s.text) {
        if (ch === "{") braces++;
        if (ch === "}") braces = Math.max(0, braces - 1);
        t += ch === ";" && braces === 0 ? "," : ch;
      }
      return t;
    })
    .join("");
}

/** A `;` outside array constants and quotes. */
function hasArgumentSemicolon(formula: string): boolean {
  return withCommas(formula) !== formula;
}

/**
 * A message for a formula that cannot be read, or null when the text looks well-formed (then
 * HyperFormula's own verdict stands). Checked before evaluation for `;`, after a parse error otherwise.
 */
export function separatorMessage(formula: string): string | null {
  if (!hasArgumentSemicolon(formula)) return null;
  return (
    "';' is not an argument separator here: depin-calc reads formulas as en-US Excel writes them, with ',' between arguments " +
    "(';' only separates the rows of an array constant such as {1,2;3,4}). European Excel versions show ';' in the formula bar " +
    `but store ','. Write: ${withCommas(formula)}`
  );
}

/** One sentence for a formula HyperFormula could not parse. */
export function syntaxMessage(formula: string): string {
  if (/^\s*=?\s*$/.test(formula)) return "The formula is empty.";
  const segs = segments(formula);
  const quote = unclosedQuote(segs);
  if (quote === "string") return 'The formula could not be read: a text argument is not closed (a " is missing).';
  if (quote === "sheet") return "The formula could not be read: a quoted sheet name is not closed (a ' is missing).";
  const code = segs.filter((s) => s.kind === "code").map((s) => s.text).join("");
  const count = (c: string) => code.split(c).length - 1;
  if (count("(") !== count(")")) return `The formula could not be read: ${count("(")} opening and ${count(")")} closing parentheses.`;
  if (count("{") !== count("}")) return `The formula could not be read: ${count("{")} opening and ${count("}")} closing braces of an array constant.`;
  const tail = /([+\-*/^&=<>,(]|<>|>=|<=)\s*$/.exec(code);
  if (tail) return `The formula could not be read: it ends with "${tail[1]}", where a value is expected.`;
  return "The formula could not be read: check the commas between arguments, the quotes around text and the parentheses.";
}

/** Levenshtein distance (small strings: function names). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Up to three catalog ids close to `name` (edit distance, or one containing the other), closest first. */
export function closestIds(name: string, ids: readonly string[]): string[] {
  const n = name.toUpperCase();
  const limit = Math.max(2, Math.floor(n.length / 4));
  return ids
    .map((id) => ({ id, d: editDistance(n, id) - (id.includes(n) || n.includes(id) ? 0.5 : 0) }))
    .filter((x) => x.d <= limit || (n.length >= 4 && (x.id.includes(n) || n.includes(x.id))))
    .sort((x, y) => x.d - y.d || x.id.localeCompare(y.id))
    .slice(0, 3)
    .map((x) => x.id);
}

/** The names called as functions in the formula (outside quotes), as typed. */
function calledNames(formula: string): string[] {
  const names: string[] = [];
  for (const s of segments(formula)) {
    if (s.kind !== "code") continue;
    for (const m of s.text.matchAll(/(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) names.push(m[1]!);
  }
  return names;
}

/**
 * For a #NAME? result: what is wrong with the function names, or null when every called DEPIN name is
 * known (then the #NAME? comes from something else, e.g. an undefined name).
 */
export function unknownNameMessage(formula: string, ids: readonly string[]): string | null {
  const known = new Set(ids);
  for (const typed of calledNames(formula)) {
    const upper = typed.toUpperCase();
    if (upper.startsWith("DEPIN.")) {
      const id = upper.slice("DEPIN.".length);
      if (known.has(id)) continue;
      const close = closestIds(id, ids);
      return `Function ${typed} does not exist.${close.length ? ` Did you mean ${close.map((c) => `DEPIN.${c}`).join(", ")}?` : ""} See depin-calc functions for the list.`;
    }
    if (known.has(upper)) {
      return `${typed} is a DEPIN function: write DEPIN.${upper}(…) (the functions live in the DEPIN namespace, as in Excel).`;
    }
  }
  return null;
}

/**
 * The message for a #NAME? result: the DEPIN name problem when there is one, close DEPIN names for an
 * unknown function typed without the prefix, else HyperFormula's own message (e.g. an undefined name).
 */
export function nameErrorMessage(formula: string, engineMessage: string, ids: readonly string[]): string {
  const depin = unknownNameMessage(formula, ids);
  if (depin) return depin;
  const fn = /^Function name (\S+) not recognized/.exec(engineMessage)?.[1];
  if (fn) {
    const close = closestIds(fn, ids);
    if (close.length > 0) return `Function ${fn} does not exist. Did you mean ${close.map((c) => `DEPIN.${c}`).join(", ")}? DEPIN functions are written with the DEPIN. prefix.`;
    return `Function ${fn} does not exist.`;
  }
  return engineMessage;
}
