import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../src/index";
import wranglerToml from "../wrangler.toml?raw";
import { ORIGIN } from "./helpers/http";
import { pageText } from "./helpers/sessions";

const PREVIEW = "/articles/army-advance-in-southern-idlib/questions";

/** Calls this Worker inside workerd with the bindings changed: the preview secret as given, or absent. */
async function callWithSecret(secret: string | undefined, path: string, init: RequestInit = {}) {
  const { PREVIEW_SECRET: _, ...rest } = env;
  const bindings = secret === undefined ? rest : { ...rest, PREVIEW_SECRET: secret };
  const context = createExecutionContext();
  const response = await worker.fetch(
    new Request(`${ORIGIN}${path}`, { redirect: "manual", ...init }),
    bindings as Env,
    context,
  );
  await waitOnExecutionContext(context);
  return response;
}

describe("the preview key is never committed (issue 10, item 6)", () => {
  it("wrangler.toml names PREVIEW_SECRET as a required secret and gives it no value", () => {
    expect(wranglerToml).not.toMatch(/^\s*PREVIEW_SECRET\s*=/m);
    expect(wranglerToml).toMatch(/^\[secrets\]\s*\nrequired = \["PREVIEW_SECRET"\]/m);
  });
});

describe("the preview without a secret (issue 10, item 6)", () => {
  for (const [label, secret] of [
    ["unset", undefined],
    ["empty", ""],
  ] as const) {
    it(`refuses with 503 and says how to set one when the secret is ${label}, whatever key is sent`, async () => {
      const attempts = [
        await callWithSecret(secret, PREVIEW),
        await callWithSecret(secret, PREVIEW, { headers: { authorization: "Bearer " } }),
        await callWithSecret(secret, `${PREVIEW}?key=anything`),
        await callWithSecret(secret, PREVIEW, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
          body: new URLSearchParams({ key: "" }),
        }),
      ];
      for (const response of attempts) {
        expect(response.status).toBe(503);
        expect(response.headers.get("set-cookie")).toBeNull();
        const text = pageText(await response.text());
        expect(text).toContain("this server has none set");
        expect(text).toContain("wrangler secret put PREVIEW_SECRET");
        expect(text).not.toContain("correct answer");
      }
    });
  }

  it("still opens with the key when the secret is set (the same Worker, called the same way)", async () => {
    const response = await callWithSecret("a-long-enough-secret", PREVIEW, {
      headers: { authorization: "Bearer a-long-enough-secret" },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("(correct answer)");
  });
});
