import type { DeviceNote } from "./types";

/** Scare quotes: quotation marks around a short phrase that nobody is being quoted as saying. */
export const SCARE_QUOTES: DeviceNote = {
  explanation:
    "Quotation marks around words nobody is quoted as saying tell you to doubt or mock them, without saying why.",
  origin: "typographic distancing: scare quotes signal doubt or irony while leaving the doubter unnamed",
};

/**
 * "so-called" before a name. Even before a neutral name ("the so-called Kurdish question") it tells the
 * reader the name is not to be taken at face value, so it always counts as distancing.
 */
export const SO_CALLED: DeviceNote = {
  explanation: "'So-called' hints that a name is false or silly without saying why.",
  origin: "distancing device: 'so-called' casts doubt on the name that follows",
};

/** "so-called" before a name in quotation marks: one device told twice over, reported as one term. */
export const SO_CALLED_QUOTED: DeviceNote = {
  explanation:
    "'So-called' and the quotation marks both hint that the name is false or silly, without saying why.",
  origin: "distancing device: 'so-called' and scare quotes around the same name",
};
