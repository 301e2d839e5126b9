import { vi } from "vitest";

/**
 * Makes every `max-width` media query match and every `min-width` one fail, as on a phone held upright. The
 * setup file's `afterEach` restores the default, wide answer.
 */
export function atPhoneWidth() {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: query.includes("max-width"),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }));
}
