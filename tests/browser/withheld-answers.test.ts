import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { checkPage, expectAccessible } from "./page-checks";

describe("a session that withholds answers until it ends", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("tells the student only that the answer is recorded, and shows it after the teacher ends the session", async () => {
    const baseUrl = inject("baseUrl");
    const teacher = await (await browser.newContext()).newPage();
    await teacher.goto(`${baseUrl}/sessions/new`);
    await teacher.getByLabel("Title").fill("Graded: sourcing");
    await teacher.getByLabel("Number of questions").fill("2");
    await teacher.getByLabel(/Withhold answers until the session ends/).check();
    await teacher.getByRole("button", { name: "Create session" }).click();
    await teacher.waitForURL(/\/dashboard$/);
    await teacher.getByText("A student answering under a second nickname to find the answers?").click();
    await expect(teacher.getByText("This session withholds answers").isVisible()).resolves.toBe(true);
    // The live dashboard re-renders while a Tab tour runs; its keyboard tour is in classroom.test.ts (no script).
    await expectAccessible(teacher);
    const joinCode = ((await teacher.locator(".join-code").textContent()) ?? "")
      .replace("Join code:", "")
      .trim();

    const student = await (await browser.newContext()).newPage();
    await student.goto(`${baseUrl}/join/${joinCode}`);
    await student.getByLabel("Nickname").fill("Ana");
    await student.getByRole("button", { name: "Join" }).click();
    await student.waitForURL(new RegExp(`/class/${joinCode}/1$`));
    await student.locator("form.question .option label").first().click();
    await Promise.all([
      student.waitForURL(/./, { waitUntil: "load" }),
      student.getByRole("button", { name: "Check answer" }).click(),
    ]);
    const recorded = (await student.locator("main").textContent()) ?? "";
    expect(recorded).toContain("Your answer is recorded");
    expect(recorded).not.toContain("correct answer");
    await checkPage(student, "answer-withheld");

    teacher.on("dialog", (dialog) => dialog.accept());
    await teacher.getByRole("button", { name: "End session" }).click();
    await teacher.getByText("Ended. Answers are closed.").waitFor();
    await student.reload();
    await expect(student.locator("main").textContent()).resolves.toContain("correct answer");
  });
});
