"use client";

import dynamic from "next/dynamic";
import { CheckLoading } from "./check-loading";

/**
 * The check, loaded once the page has painted and hydrated: its questions, rules engine and model are most of
 * the page's code, and the text above it should not wait for them. The static HTML shows `CheckLoading`.
 */
export const LazyCheckApp = dynamic(() => import("./check-app").then((module) => module.CheckApp), {
  ssr: false,
  loading: CheckLoading,
});
