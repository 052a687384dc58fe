/** A letter's HTML preview for the pane: every value escaped, nothing fetched. */
import { BusinessDocument } from "../core/document";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made safe for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<b>"Tom" & Jerry</b>') //=> "&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const lines = (xs: readonly string[]) => xs.map(escapeHtml).join("<br>");

/** The document as an HTML fragment (no scripts, no styles beyond inline layout, no remote resources). */
export function documentHtml(doc: BusinessDocument): string {
  const out: string[] = [`<article lang="${escapeHtml(doc.lang)}">`];
  out.push(`<header><p>${lines(doc.letterhead)}</p><p>${lines(doc.recipient)}</p><p>${escapeHtml(doc.date)}<br>${lines(doc.references)}</p></header>`);
  for (const b of doc.blocks) {
    if (b.kind === "heading") out.push(`<h3>${escapeHtml(b.text)}</h3>`);
    else if (b.kind === "paragraph") out.push(`<p>${escapeHtml(b.text)}</p>`);
    else if (b.kind === "signature") out.push(`<p>${lines(b.lines)}</p>`);
    else if (b.kind === "table") {
      const cell = (tag: string, text: string, i: number) => `<${tag} style="text-align:${b.columns[i]?.align ?? "left"}">${escapeHtml(text)}</${tag}>`;
      out.push("<table><thead><tr>" + b.columns.map((c, i) => cell("th", c.title, i)).join("") + "</tr></thead><tbody>");
      for (const r of b.rows) out.push("<tr>" + r.map((c, i) => cell("td", c, i)).join("") + "</tr>");
      for (const r of b.total ?? []) out.push(`<tr style="font-weight:bold">` + r.map((c, i) => cell("td", c, i)).join("") + "</tr>");
      out.push("</tbody></table>");
    }
  }
  if (doc.payment) out.push(`<footer><p>${lines(doc.payment.lines)}</p></footer>`);
  out.push("</article>");
  return out.join("\n");
}
