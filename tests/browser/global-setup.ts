import type { TestProject } from "vitest/node";
import { startDevServer } from "../../scripts/lib/dev-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One `wrangler dev` with a fresh local D1 for the whole browser run; its URL reaches tests via inject("baseUrl"). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDevServer();
  project.provide("baseUrl", server.baseUrl);
  return server.stop;
}
