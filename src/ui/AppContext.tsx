/**
 * What every view reads, provided once by App instead of handed down through each component: the
 * worker client, how people are named (names or codes), whose voice the words take, the support
 * types shown, the data's date, and share mode. Each view asks for the narrow part it needs. Only
 * App writes these; views tell it of changes through their own callbacks.
 */
import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import type { ShareRule, SupportType } from "../core/index.ts";
import type { AnalysisClient } from "../workers/analysisClient.ts";
import type { NameOf } from "./names.ts";

export interface AppValues {
  readonly client: AnalysisClient;
  /** A person's name as shown: their name, or a code when names are hidden. */
  readonly nameOf: NameOf;
  /** Names hidden (by choice or in share mode): no role or school beside a code either. */
  readonly hideNames: boolean;
  /** Share mode (governors, trust boards): aggregates only, small counts suppressed. */
  readonly share: boolean;
  /** What may be shown and exported now (core shareRule, from share mode and "hide names"). */
  readonly shareRule: ShareRule;
  /** "you" for an ECT reading their own map, "they" for a mentor lead. */
  readonly voice: "you" | "they";
  /** The support types shown, in order. */
  readonly types: readonly SupportType[];
  /** The data's "as of" date, written out for people. */
  readonly asOf: string;
}

const AppContext = createContext<AppValues | undefined>(undefined);

export function AppProvider({ value, children }: { readonly value: AppValues; readonly children: ReactNode }) {
  return <AppContext value={value}>{children}</AppContext>;
}

function useApp(): AppValues {
  const values = useContext(AppContext);
  if (!values) throw new Error("A Mosaic view was drawn outside AppProvider.");
  return values;
}

export const useClient = (): AnalysisClient => useApp().client;
export const useNameOf = (): NameOf => useApp().nameOf;
export const useHideNames = (): boolean => useApp().hideNames;
export const useShare = (): boolean => useApp().share;
export const useShareRule = (): ShareRule => useApp().shareRule;
/** The words' voice and the types they name: what a view's wording depends on. */
export function useWording(): { readonly voice: "you" | "they"; readonly types: readonly SupportType[] } {
  const { voice, types } = useApp();
  return { voice, types };
}
export const useAsOf = (): string => useApp().asOf;
