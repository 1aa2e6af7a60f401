/**
 * The in-repository reference cases (test/data/cases.public.json) are well-formed, and, when the project's
 * working folder is checked out beside the repository, not older than its reference set: the test fails
 * and says how to refresh the copy. Nothing else reads ../shared.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { CASES_FILE, loadCases } from "../helpers/cases";

const ROOT = path.resolve(__dirname, "../..");
const COPY = path.join(ROOT, "test/data/cases.public.json");
const OUTSIDE = path.resolve(ROOT, "../shared/reference/cases.public.json");

/** When the copy last changed: its last commit, or its file time when it has uncommitted changes or no git. */
function copyTime(): number {
  const mtime = fs.statSync(COPY).mtimeMs;
  try {
    const dirty = execFileSync("git", ["status", "--porcelain", "--", COPY], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    if (dirty) return mtime;
    const committed = Number(execFileSync("git", ["log", "-1", "--format=%ct", "--", COPY], { cwd: ROOT, encoding: "utf8" }).trim());
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

  it("is not older than the reference set beside the repository (when ../shared is there)", () => {
    if (!fs.existsSync(OUTSIDE)) {
      // A clone of the repository alone: the copy is all there is, and the test above checked it.
      expect(fs.existsSync(COPY)).toBe(true);
      return;
    }
    const same = fs.readFileSync(OUTSIDE, "utf8") === fs.readFileSync(COPY, "utf8");
    const outsideTime = fs.statSync(OUTSIDE).mtimeMs;
    if (!same && outsideTime > copyTime()) {
      throw new Error(
        `${OUTSIDE} changed on ${new Date(outsideTime).toISOString()}, after test/data/cases.public.json: ` +
          "refresh the copy with  cp ../shared/reference/cases.public.json test/data/cases.public.json  and commit it"
      );
    }
  });
});
