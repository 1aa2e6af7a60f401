/**
 * Akash (AKT) constants and regimes: dated, sourced records (data only).
 * See REFERENCE.md §C.
 */
import { param } from "../../core/provenance";

const R = "2026-11-24";

export const akashParams = {
  /** AKT 2.0 fee formulas (proposal, AEP-22). */
  akt20Source: param({
    value: "AKT 2.0",
    unit: "text",
    source: "gosuri/akt20@3d53e35fc75d3d71af11eaaa67e02fcb885219fe README.md:85-107; https://akash.network/roadmap/aep-22",
    retrieved: R,
    confidence: "documented",
  }),
  discount: param({
    value: "0",
    unit: "fraction",
    source: "gosuri/akt20@3d53e35f README.md:99 (R_d in [0,1])",
    retrieved: R,
    confidence: "documented",
  }),
  /** On-chain take rate for uakt, percent. */
  takeRateUakt: param({
    value: "2",
    unit: "percent",
    source: "akash-network/akash-api@694852ea7d3e7a83e629d816d5ed80a1e6b4c40c go/node/take/v1beta3/params.go:30-34",
    retrieved: R,
    confidence: "documented",
  }),
  /** On-chain take rate for any other denom, percent. */
  takeRateDefault: param({
    value: "20",
    unit: "percent",
    source: "akash-network/akash-api@694852ea7d3e7a83e629d816d5ed80a1e6b4c40c go/node/take/v1beta3/params.go:30-34",
    retrieved: R,
    confidence: "documented",
  }),
  takeKeeper: param({
    value: "fees := topline.Amount.Mul(rate).TruncateInt() / 100",
    unit: "text",
    source: "akash-network/node@bcd7d1a90b48f371860df44c13c8cee3d46488ed x/take/keeper/keeper.go:66-86",
    retrieved: R,
    confidence: "documented",
  }),
} as const;
