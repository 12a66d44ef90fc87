import type { Span } from "../analysis/types";

export type Skill = "sourcing" | "attribution" | "loaded-language";

export const SKILLS: readonly Skill[] = ["sourcing", "attribution", "loaded-language"];

export interface QuestionOption {
  id: string;
  text: string;
  /** Shown after answering when this option was chosen. */
  feedback?: string;
}

/** Exact words of the article that justify the answer: text === article.slice(start, end). */
export interface Evidence extends Span {
  text: string;
}

export interface Question {
  /** Stable: derived from article, kind and evidence. */
  id: string;
  articleSlug: string;
  skill: Skill;
  kind: string;
  difficulty: 1 | 2 | 3;
  prompt: string;
  options: QuestionOption[];
  correctOptionId: string;
  explanation: string;
  evidence: Evidence[];
  /**
   * The whole sentences or lines the question is about, in article order: shown while answering (without
   * marking the answer), and never asked about twice in one quiz.
   */
  passages: Span[];
  /** A control item: its right answer is "this one is fine". */
  control: boolean;
  generatorVersion: string;
}

/** What a student's browser may see before answering: no answer, no explanation, no feedback. */
export interface PublicQuestion {
  id: string;
  articleSlug: string;
  skill: Skill;
  kind: string;
  difficulty: 1 | 2 | 3;
  prompt: string;
  options: { id: string; text: string }[];
}
