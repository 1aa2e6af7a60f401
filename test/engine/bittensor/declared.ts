/**
 * The TAO_ functions of the table, called through the generic runner (raw cell values in, as every host
 * calls them), beside the engine's exports the tests read (column names, constants, selection kernels).
 */
import type { Dec } from "../../../src/engine/core";
import * as engine from "../../../src/engine/networks/bittensor";
import { fn } from "../../helpers/fn";

export const tao = {
  ...engine,
  blockEmission: fn("TAO_BLOCK_EMISSION"),
  halvingIssuance: fn("TAO_HALVING_ISSUANCE"),
  dailyEmission: fn("TAO_DAILY_EMISSION"),
  yuma: fn("TAO_YUMA") as (...raw: unknown[]) => (number | string | boolean)[][],
  subnetEmission: fn("TAO_SUBNET_EMISSION") as (...raw: unknown[]) => Dec[][],
  subnetEmissionDtao: fn("TAO_SUBNET_EMISSION_DTAO") as (...raw: unknown[]) => Dec[][],
  emissionSplit: fn("TAO_EMISSION_SPLIT") as (...raw: unknown[]) => [string, Dec][],
  neuronEmission: fn("TAO_NEURON_EMISSION"),
  delegateReward: fn("TAO_DELEGATE_REWARD"),
  subnetToPrune: fn("TAO_SUBNET_TO_PRUNE"),
};
