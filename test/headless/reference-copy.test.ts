/**
 * The in-repository reference data (test/data/cases.public.json, test/data/current-regimes.json) is
 * well-formed, and, when the project's working folder is checked out beside the repository, not older than
 * the originals there: the test fails and says how to refresh the copy. Nothing else should read ../shared.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { CASES_FILE, loadCases } from "../helpers/cases";

const ROOT = path.resolve(__dirname, "../..");
/** The in-repository copies and where the project's working folder keeps the originals. */
const COPIES = ["cases.public.json", "current-regimes.json"].map((name) => ({
  name,
  copy: path.join(ROOT, "test/data", name),
  outside: path.resolve(ROOT, "../shared/reference", name),
}));
const COPY = COPIES[0]!.copy;

/** When a copy last changed: its last commit, or its file time when it has uncommitted changes or no git. */
function copyTime(file: string): number {
  const mtime = fs.statSync(file).mtimeMs;
  try {
    const dirty = execFileSync("git", ["status", "--porcelain", "--", file], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    if (dirty) return mtime;
    const committed = Number(execFileSync("git", ["log", "-1", "--format=%ct", "--", file], { cwd: ROOT, encoding: "utf8" }).trim());
    return committed > 0 ? committed * 1000 : mtime;
  } catch {
    return mtime;
  }
}

describe("test/data/cases.public.json", () => {
  it("is the file the tests read (unless DEPIN_CASES says otherwise)", () => {
    if (process.env.DEPIN_CASES === undefined) expect(path.resolve(CASES_FILE)).toBe(COPY);
  });

  it("holds uniquely named cases, each with a formula, an expected value, a tolerance and a source", () => {
    const cases = JSON.parse(fs.readFileSync(COPY, "utf8")) as Record<string, unknown>[];
    expect(cases.length).toBeGreaterThan(0);
    const bad = cases.filter(
      (c) => typeof c.id !== "string" || typeof c.formula !== "string" || !("expected" in c) || typeof c.tolerance !== "number" || typeof c.source !== "string"
    );
    expect(bad.map((c) => c.id)).toEqual([]);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(loadCases().length).toBe(cases.length);
  });
});

describe.each(COPIES)("test/data/$name", ({ name, copy, outside }) => {
  it("is valid JSON", () => {
    expect(() => JSON.parse(fs.readFileSync(copy, "utf8")) as unknown).not.toThrow();
  });

  it("is not older than the original beside the repository (when ../shared is there)", () => {
    if (!fs.existsSync(outside)) {
      // A clone of the repository alone: the copy is all there is, and the tests above checked it.
      expect(fs.existsSync(copy)).toBe(true);
      return;
    }
    const same = fs.readFileSync(outside, "utf8") === fs.readFileSync(copy, "utf8");
    const outsideTime = fs.statSync(outside).mtimeMs;
    if (!same && outsideTime > copyTime(copy)) {
      throw new Error(
        `${outside} changed on ${new Date(outsideTime).toISOString()}, after test/data/${name}: ` +
          `refresh the copy with  cp ../shared/reference/${name} test/data/${name}  and commit it`
      );
    }
  });
});
