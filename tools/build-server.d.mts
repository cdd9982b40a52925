// Types of tools/build-server.mjs (plain JavaScript: it runs before anything is compiled).
export declare const ROOT: string;
export declare const SERVER_ENTRY: string;
export declare const OUT_DIR: string;
export declare const OUT_FILE: string;
export interface BuildOptions {
  root?: string;
  outDir?: string;
  entry?: string;
}
export declare function serverBuildStaleReason(options?: Omit<BuildOptions, 'entry'>): string | undefined;
export declare function buildServer(options?: BuildOptions): Promise<{ file: string; inputs: number; ms: number }>;
