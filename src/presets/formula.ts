/**
 * A small Excel-formula scanner for preset model formulas: which functions they call and which
 * names they use, and the rewrite of parameter keys into defined names. Not a parser: it knows
 * strings ("…" with "" escapes), identifiers, and what follows an identifier.
 */

export interface FormulaToken {
  readonly kind: "string" | "ident" | "other";
  readonly text: string;
  /** For identifiers: followed (after spaces) by "(" — a function call. */
  readonly call?: boolean;
}

const IDENT_START = /[A-Za-z_\\]/;
const IDENT_PART = /[A-Za-z0-9_.\\]/;

export function tokenize(formula: string): FormulaToken[] {
  const out: FormulaToken[] = [];
  let i = 0;
  while (i < formula.length) {
    const c = formula[i]!;
    if (c === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) break;
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out.push({ kind: "string", text: formula.slice(i, j + 1) });
      i = j + 1;
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < formula.length && IDENT_PART.test(formula[j]!)) j++;
      let k = j;
      while (formula[k] === " ") k++;
      out.push({ kind: "ident", text: formula.slice(i, j), call: formula[k] === "(" });
      i = j;
    } else {
      let j = i + 1;
      while (j < formula.length && formula[j] !== '"' && !IDENT_START.test(formula[j]!)) j++;
      out.push({ kind: "other", text: formula.slice(i, j) });
      i = j;
    }
  }
  return out;
}

/** Excel functions a preset or scenario formula may call besides DEPIN.*. */
export const ALLOWED_EXCEL_FUNCTIONS: ReadonlySet<string> = new Set([
  "ABS", "AND", "AVERAGE", "COLUMNS", "EXP", "IF", "IFERROR", "INDEX", "LN", "LOG", "MAX", "MIN", "NOT", "OR",
  "POWER", "PRODUCT", "ROUND", "ROUNDDOWN", "ROUNDUP", "ROWS", "SQRT", "SUM", "SUMPRODUCT",
]);
const DEPIN_CALL = /^DEPIN\.[A-Z][A-Z0-9]*_[A-Z0-9_]+$/;
const CELL_REF = /^\$?[A-Za-z]{1,3}\$?[0-9]+$/;
const R1C1_REF = /^[Rr][0-9]*[Cc][0-9]*$/;

/**
 * Problems with a model formula: functions outside DEPIN.* and the small allow-list, names that are
 * not parameter keys, cell or sheet references, external links. `placeholders` are allowed tokens
 * such as `{x}` in chart series.
 */
export function formulaProblems(formula: string, keys: ReadonlySet<string>, opts: { placeholder?: string } = {}): string[] {
  const problems: string[] = [];
  let body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (opts.placeholder) body = body.split(opts.placeholder).join("0");
  const tokens = tokenize(body);
  for (const t of tokens) {
    if (t.kind === "other") {
      if (/[![\]{}'@#;]/.test(t.text)) problems.push(`contains "${t.text.trim()}" (sheet, external or structured references are not allowed)`);
      continue;
    }
    if (t.kind !== "ident") continue;
    if (t.call) {
      const name = t.text.toUpperCase();
      if (!DEPIN_CALL.test(name) && !ALLOWED_EXCEL_FUNCTIONS.has(name)) problems.push(`calls ${t.text}, which is neither a DEPIN function nor an allowed Excel function`);
    } else if (/^(TRUE|FALSE)$/i.test(t.text)) {
      // boolean literal
    } else if (CELL_REF.test(t.text) || R1C1_REF.test(t.text)) {
      problems.push(`refers to the cell ${t.text}; use parameter names instead`);
    } else if (!keys.has(t.text)) {
      problems.push(`uses ${t.text}, which is not a parameter key of this sheet`);
    }
  }
  return problems;
}

/** Rewrites parameter keys (identifiers not followed by "(") into the names `rename` gives. */
export function renameKeys(formula: string, rename: (key: string) => string | undefined): string {
  return tokenize(formula)
    .map((t) => (t.kind === "ident" && !t.call ? (rename(t.text) ?? t.text) : t.text))
    .join("");
}
