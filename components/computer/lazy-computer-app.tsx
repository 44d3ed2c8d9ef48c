"use client";

import dynamic from "next/dynamic";
import { ComputerLoading } from "./computer-loading";

/**
 * The reader, loaded once the page has painted and hydrated: its parsers are most of the page's code, and
 * the explanation above it should not wait for them. The static HTML shows `ComputerLoading`.
 */
export const LazyComputerApp = dynamic(() => import("./computer-app").then((module) => module.ComputerApp), {
  ssr: false,
  loading: ComputerLoading,
});
