/** The few DOM names used inside page.evaluate (the project's TypeScript has no DOM library). */
export interface BrowserElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  checkVisibility(options: { visibilityProperty: boolean }): boolean;
  matches(selector: string): boolean;
  getBoundingClientRect(): { width: number; height: number };
}

export interface BrowserGlobals {
  document: {
    body: BrowserElement;
    activeElement: BrowserElement | null;
    getElementById(id: string): BrowserElement | null;
    querySelector(selector: string): BrowserElement | null;
    querySelectorAll(selector: string): {
      forEach(visit: (element: BrowserElement, index: number) => void): void;
    };
  };
  getComputedStyle(element: BrowserElement): {
    outlineStyle: string;
    outlineWidth: string;
    boxShadow: string;
    visibility: string;
    opacity: string;
  };
}
