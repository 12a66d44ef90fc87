import type { TestProject } from "vitest/node";
import { startDevServer } from "../../scripts/lib/dev-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    previewSecret: string;
  }
}

/**
 * One `wrangler dev` with a fresh local D1 for the whole browser run, serving a snapshot of the built Worker
 * (edits to the checkout meanwhile cannot restart it); its URL and preview key reach tests via inject().
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDevServer({ snapshot: true });
  project.provide("baseUrl", server.baseUrl);
  project.provide("previewSecret", server.previewSecret);
  return server.stop;
}
