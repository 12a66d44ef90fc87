import type { TestProject } from "vitest/node";
import { startDevServer } from "../../scripts/lib/dev-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * One `wrangler dev` with a fresh local D1 for the whole browser run, serving a snapshot of the built Worker
 * (edits to the checkout meanwhile cannot restart it); its URL reaches tests via inject("baseUrl").
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDevServer({ snapshot: true });
  project.provide("baseUrl", server.baseUrl);
  return server.stop;
}
