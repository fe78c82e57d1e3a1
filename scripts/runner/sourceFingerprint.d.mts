/** What the runner's bundle is built from (scripts/runner/sourceFingerprint.mjs). */
export declare const bundleSources: readonly string[];
/** A short fingerprint of those files' paths and bytes. */
export declare function sourceFingerprint(root: string): string;
