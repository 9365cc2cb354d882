/** Types for chromium-path.mjs (plain JavaScript so that it runs without a build step). */
export declare const CHROMIUM_CANDIDATES: readonly string[];
export declare function findChromium(env?: Record<string, string | undefined>): string | null;
