/** A font file imported by the export code: webpack gives its URL (asset/resource), the tests a data: URL. */
declare module "*.ttf" {
  const url: string;
  export default url;
}
