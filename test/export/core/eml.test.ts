import { emailDraft } from "../../../src/export/core/eml";

const pdf = new Uint8Array(3000).map((_, i) => (i * 31) % 256);

/** Headers (unfolded) and body of a MIME part. */
function part(text: string): { headers: Record<string, string>; body: string } {
  const [head, ...rest] = text.split("\r\n\r\n");
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const at = line.indexOf(":");
    headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
  }
  return { headers, body: rest.join("\r\n\r\n") };
}

/** RFC 2047 encoded words decoded (B encoding, UTF-8). */
const words = (value: string) => value.replace(/=\?utf-8\?B\?([^?]*)\?=/gi, (_, b64: string) => Buffer.from(b64, "base64").toString("utf8"));

function parse(eml: string) {
  const top = part(eml);
  const boundary = /boundary="?([^";]+)"?/.exec(top.headers["content-type"])![1];
  const parts = top.body.split(`--${boundary}`).slice(1, -1).map((p) => part(p.replace(/^\r\n/, "").replace(/\r\n$/, "")));
  return { top, boundary, parts, closed: top.body.trimEnd().endsWith(`--${boundary}--`) };
}

describe("emailDraft", () => {
  const eml = emailDraft({
    from: { name: "Acme Crédit", addr: "credit@acme.example" },
    to: { name: "Łódź Sp. z o.o.", addr: "ap@lodz.example" },
    subject: "Wezwanie do zapłaty – Łódź",
    body: "Szanowni Państwo,\nGrüße, Ősz.\n\nAcme",
    attachments: [{ name: "Mahnung Łódź.pdf", mime: "application/pdf", bytes: pdf }],
  });
  const { top, parts, closed } = parse(eml);

  it("is marked unsent, with UTF-8 subject and addresses", () => {
    expect(top.headers["x-unsent"]).toBe("1");
    expect(words(top.headers.subject)).toBe("Wezwanie do zapłaty – Łódź");
    expect(words(top.headers.to)).toBe('Łódź Sp. z o.o. <ap@lodz.example>');
    expect(words(top.headers.from)).toBe('Acme Crédit <credit@acme.example>');
    expect(top.headers["mime-version"]).toBe("1.0");
    expect(eml).not.toMatch(/[^\r]\n/);
    for (const line of eml.split("\r\n")) expect(line.length).toBeLessThanOrEqual(998);
  });

  it("has the body as UTF-8 text and the attachment decoding to the same bytes", () => {
    expect(closed).toBe(true);
    expect(parts).toHaveLength(2);
    expect(parts[0].headers["content-type"]).toMatch(/^text\/plain; charset=UTF-8/i);
    expect(parts[0].headers["content-transfer-encoding"]).toBe("base64");
    expect(Buffer.from(parts[0].body, "base64").toString("utf8")).toBe("Szanowni Państwo,\r\nGrüße, Ősz.\r\n\r\nAcme");
    const att = parts[1];
    expect(att.headers["content-type"]).toMatch(/^application\/pdf/);
    expect(att.headers["content-disposition"]).toMatch(/^attachment;/);
    expect(words(/filename="([^"]*)"/.exec(att.headers["content-disposition"])![1])).toBe("Mahnung Łódź.pdf");
    for (const line of att.body.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
    expect(new Uint8Array(Buffer.from(att.body.replace(/\r\n/g, ""), "base64"))).toEqual(pdf);
  });

  it("leaves the sender out when none is given, so the mail program fills it in", () => {
    const draft = emailDraft({ to: "ap@rossi.example", subject: "Sollecito", body: "Gentile cliente", attachments: [] });
    const p = part(draft).headers;
    expect(p.from).toBeUndefined();
    expect(p["message-id"]).toBeUndefined();
    expect(draft).not.toContain("draft.invalid");
    expect(p.to).toBe("<ap@rossi.example>");
    expect(p["x-unsent"]).toBe("1");
  });

  it("does not let a subject or name with line breaks add headers", () => {
    const draft = emailDraft({ to: { name: 'Evil\r\nBcc: x@y.example', addr: "a@b.example" }, subject: "Hi\r\nBcc: x@y.example", body: "", attachments: [] });
    expect(draft).not.toMatch(/^Bcc:/m);
  });
});
