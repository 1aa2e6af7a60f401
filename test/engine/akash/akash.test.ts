import * as akash from "../../../src/engine/networks/akash";
import { type Expect, expectRow as check } from "../../helpers/table";

describe("AKT_TAKE_FEE", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [1000, 0.2, 0.9, "20", "REFERENCE.md C.1 [AKT-01]"],
    [500, 0.2, 0, "100", "REFERENCE.md C.1 [AKT-02]"],
    [500, 0.2, null, "100", "blank discount = default 0"],
    [500, 1.2, 0, { code: "OUT_OF_RANGE", param: "take_rate" }, "rate above 1"],
    [-1, 0.2, 0, { code: "OUT_OF_RANGE", param: "amount" }, "negative amount"],
    ["abc", 0.2, 0, { code: "INVALID_ARG", param: "amount" }, "text amount"],
  ])("(%p, %p, %p) = %p  [%s]", (a, r, d, expected) => check(() => akash.takeFee(a, r, d), expected));
});

describe("AKT_ONCHAIN_TAKE_UAKT", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [1000000, null, null, "20000", "REFERENCE.md C.2 [AKT-03]"],
    [12345679, "ibc/USDC", null, "2469135", "REFERENCE.md C.2 [AKT-04]"],
    [49, "uakt", null, "0", "REFERENCE.md C.2 truncation"],
    [50, "UAKT", null, "1", "REFERENCE.md C.2 truncation, case-insensitive denom"],
    [1.5, "uakt", null, { code: "INVALID_ARG", param: "amount_micro" }, "non-integer micro amount"],
  ])("(%p, %p, %p) = %p  [%s]", (a, d, r, expected) => check(() => akash.onchainTakeUakt(a, d, r), expected));
});
