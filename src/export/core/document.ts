import { Lang } from "../../i18n";

/**
 * A business document (agreement letter, dunning letter, statement of account, legal pack) as the
 * texts every renderer lays out: the PDF and Word writers of export/core take this and nothing else,
 * so each job only says what its document contains, already in the customer's language, and the
 * page layout, letterhead, tables, totals, payment QR code and page numbers are built once.
 */
export interface BusinessDocument {
  readonly lang: Lang;
  /** File name without extension, e.g. "Reminder 2 ROSSI-8B1C 2026-12-01". */
  readonly fileBase: string;
  /** The document's title in the PDF metadata and its first heading, e.g. "Final demand". */
  readonly title: string;
  /** Company name, address lines, VAT id, contact: one line each, blank lines left out. */
  readonly letterhead: readonly string[];
  /** The company logo (PNG or JPEG bytes), drawn at the top right when given. */
  readonly logo?: Uint8Array;
  /** The recipient's name and address lines. */
  readonly recipient: readonly string[];
  /** The document's date as the language writes it. */
  readonly date: string;
  /** "Our reference: …" lines under the date. */
  readonly references: readonly string[];
  /** The body, in order. */
  readonly blocks: readonly DocumentBlock[];
  /** Bank transfer details; for EUR an EPC069-12 payment QR code is drawn next to them. */
  readonly payment?: PaymentRequest;
  /** "Page {page} of {pages}" in the document's language, placeholders kept. */
  readonly pageTemplate: string;
}

export type DocumentBlock =
  | { readonly kind: "heading"; readonly text: string }
  /** A paragraph, wrapped to the text width; `keepWithNext` keeps it on the page of the block after it. */
  | { readonly kind: "paragraph"; readonly text: string; readonly keepWithNext?: boolean }
  /** A table that breaks across pages with its header repeated; `total` rows are drawn bold under a rule. */
  | {
      readonly kind: "table";
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly string[])[];
      readonly total?: readonly (readonly string[])[];
    }
  /**
   * Closing, signer and the like, kept together on one page: the first line (the closing), room to
   * sign, then the signer's line in bold and any further lines; `beside`, laid out the same way in a
   * second column, is the other party's signature (an agreement's acceptance); `keepWithNext` as for
   * a paragraph.
   */
  | { readonly kind: "signature"; readonly lines: readonly string[]; readonly beside?: readonly string[]; readonly keepWithNext?: boolean }
  /** Where the payment block (bank details and QR code) goes; without one it goes before the first signature, else at the end. */
  | { readonly kind: "payment" }
  /** Starts the next block on a new page (the parts of a legal pack). */
  | { readonly kind: "pageBreak" };

export interface TableColumn {
  readonly title: string;
  readonly align: "left" | "right";
  /** Share of the text width, 0..1; the shares of a table add up to 1 or less. */
  readonly width: number;
}

/** What the payer needs for a credit transfer, and what the EPC QR code carries. */
export interface PaymentRequest {
  readonly beneficiary: string;
  readonly iban: string;
  readonly bic?: string;
  /** Amount in minor units; the QR code carries it only when positive and in EUR. */
  readonly amount: number;
  readonly currency: string;
  /** ISO 11649 RF reference or free remittance text (the invoice or plan numbers). */
  readonly reference: string;
  /** The lines printed beside the code, already in the document's language. */
  readonly lines: readonly string[];
  /** A caption under the code, e.g. "Scan to pay with your banking app", in the document's language. */
  readonly qrCaption?: string;
}

/**
 * The blocks as every writer lays them out: the payment block where the document puts it, else
 * before the first signature, else at the end.
 *
 * @example
 * blocksInOrder({ ...doc, blocks: [paragraph, signature] }).map((b) => b.kind) //=> ["paragraph", "payment", "signature"]
 */
export function blocksInOrder(doc: BusinessDocument): readonly DocumentBlock[] {
  if (!doc.payment || doc.blocks.some((b) => b.kind === "payment")) return doc.blocks;
  const at = doc.blocks.findIndex((b) => b.kind === "signature");
  const blocks = [...doc.blocks];
  blocks.splice(at < 0 ? blocks.length : at, 0, { kind: "payment" });
  return blocks;
}

/** How a writer (renderPdf, renderDocx) runs; the bytes never depend on it. */
export interface RenderOptions {
  /**
   * Called between the steps of one document (fonts, each block, each page, writing the file), so a
   * caller that makes thousands of documents on the pane's thread can yield there: each step is a few
   * milliseconds, where a whole letter is tens.
   */
  readonly pause?: () => Promise<void>;
}
