/**
 * The per-supporter flags (docs/flags.md), in registry order; each lives in its family's file under
 * rules/. They speak about workload and structure, never about how good anyone is. Groups are not
 * evaluated; ECTs only for OVER_CAPACITY and PEER_ECT_RELIED_ON (passes.ts).
 */
import { OVER_CAPACITY, SENIOR_STRETCH, UNTAPPED } from "./rules/capacity.ts";
import { DUAL_ROLE_MULTI, UNSUPPORTED_SUPPORTER, UNTRAINED_MENTOR } from "./rules/mentorSupport.ts";
import { NETWORK_KEYSTONE, PEER_ECT_RELIED_ON } from "./rules/reliedOn.ts";
import type { SupporterRule } from "./rules/rule.ts";

export type { SupporterRule } from "./rules/rule.ts";
export type { SupporterView } from "./rules/supporterView.ts";

export const SUPPORTER_RULES: readonly SupporterRule[] = [
  OVER_CAPACITY,
  SENIOR_STRETCH,
  NETWORK_KEYSTONE,
  UNSUPPORTED_SUPPORTER,
  UNTRAINED_MENTOR,
  DUAL_ROLE_MULTI,
  UNTAPPED,
  PEER_ECT_RELIED_ON,
];
