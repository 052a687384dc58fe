/* The part of mt940js the cash reader uses (the package ships no types). */
declare module "mt940js" {
  export class Parser {
    constructor(options?: { readonly no86Structure?: boolean });
    parse(data: string, withTags?: boolean): unknown[];
  }
}
