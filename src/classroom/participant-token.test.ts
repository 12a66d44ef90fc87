import { describe, expect, it } from "vitest";
import {
  issueParticipantToken,
  newParticipantId,
  parseParticipantToken,
  rejoinPinFor,
  rejoinPinMatches,
  tokenSecretMatches,
} from "./participant-token";

describe("participant tokens", () => {
  it("is the participant id and 128 random bits, joined by a dot", async () => {
    const participantId = newParticipantId();
    const { token } = await issueParticipantToken(participantId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}$/);
    expect(parseParticipantToken(token)?.participantId).toBe(participantId);
  });

  it("verifies its secret against the stored digest and nothing else", async () => {
    const issued = await issueParticipantToken(newParticipantId());
    const other = await issueParticipantToken(newParticipantId());
    const mine = parseParticipantToken(issued.token);
    const theirs = parseParticipantToken(other.token);
    expect(mine && (await tokenSecretMatches(mine.secret, issued.tokenDigest))).toBe(true);
    expect(theirs && (await tokenSecretMatches(theirs.secret, issued.tokenDigest))).toBe(false);
  });

  it("refuses malformed tokens", () => {
    expect(parseParticipantToken("")).toBeNull();
    expect(parseParticipantToken("abc.def")).toBeNull();
    expect(parseParticipantToken("AAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB.C")).toBeNull();
    expect(parseParticipantToken("AAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBB!")).toBeNull();
    expect(parseParticipantToken("AAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB")).not.toBeNull();
  });
});

describe("rejoin PINs", () => {
  it("is six digits, the same every time for the same token", async () => {
    const { token, pin } = await issueParticipantToken(newParticipantId());
    expect(pin).toMatch(/^[0-9]{6}$/);
    expect(await rejoinPinFor(token)).toBe(pin);
  });

  it("matches only the participant it was issued to", async () => {
    const participantId = newParticipantId();
    const { pin, pinDigest } = await issueParticipantToken(participantId);
    expect(await rejoinPinMatches(participantId, pin, pinDigest)).toBe(true);
    expect(await rejoinPinMatches(newParticipantId(), pin, pinDigest)).toBe(false);
    const wrong = pin === "000000" ? "000001" : "000000";
    expect(await rejoinPinMatches(participantId, wrong, pinDigest)).toBe(false);
  });

  it("refuses anything that is not six digits", async () => {
    const participantId = newParticipantId();
    const { pin, pinDigest } = await issueParticipantToken(participantId);
    expect(await rejoinPinMatches(participantId, ` ${pin}`, pinDigest)).toBe(false);
    expect(await rejoinPinMatches(participantId, pin.slice(1), pinDigest)).toBe(false);
  });
});
