/* The part of papaparse the workbench uses (the package ships no types; @types/papaparse is not installed). */
declare module "papaparse" {
  export interface ParseConfig {
    readonly delimiter?: string;
    readonly skipEmptyLines?: boolean | "greedy";
  }
  export interface ParseResult<T> {
    readonly data: T[];
    readonly errors: readonly { readonly message: string; readonly row?: number }[];
  }
  const Papa: { parse<T>(input: string, config?: ParseConfig): ParseResult<T> };
  export default Papa;
}
