import { createMimeMessage } from "mimetext/browser";

/** A file attached to an e-mail draft. */
export interface EmailAttachment {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

/** An address as "name <addr>" parts; a plain string is the address alone. */
export type EmailAddress = string | { readonly name?: string; readonly addr: string };

export interface EmailDraft {
  /** Left out, the mail program sends from the account that opens the draft. */
  readonly from?: EmailAddress;
  readonly to: EmailAddress | readonly EmailAddress[];
  readonly cc?: readonly EmailAddress[];
  readonly subject: string;
  /** Plain text; line breaks kept. */
  readonly body: string;
  readonly attachments: readonly EmailAttachment[];
}

/** Stands in for a missing sender (mimetext requires one); its header lines are removed again. */
const NO_SENDER = "unsent@draft.invalid";

const toBase64 = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.byteLength; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** RFC 2045: base64 in lines of at most 76 characters. */
const wrapped = (base64: string): string => base64.replace(/.{76}(?=.)/g, "$&\r\n");

/** An attachment's name in its quoted header parameter: as is in ASCII, else one RFC 2047 word as Outlook and Gmail write it. */
function headerFileName(name: string): string {
  const clean = name.replace(/["\\\r\n]/g, "_");
  return /^[\x20-\x7e]*$/.test(clean) ? clean : `=?UTF-8?B?${toBase64(new TextEncoder().encode(clean))}?=`;
}

const mailbox = (a: EmailAddress) => (typeof a === "string" ? { addr: a.trim() } : { addr: a.addr.trim(), ...(a.name ? { name: a.name.replace(/[\r\n"]+/g, " ").trim() } : {}) });

/**
 * An e-mail draft as an .eml file (RFC 5322, MIME by mimetext): `X-Unsent: 1` so Outlook opens it as
 * a new message ready to send, the subject and addresses UTF-8 encoded, the body UTF-8 plain text in
 * base64, each attachment base64.
 *
 * @example
 * emailDraft({ to: "ap@rossi.example", subject: "Sollecito", body: "Gentile cliente, …", attachments: [pdf] })
 * //=> "Date: …\r\nTo: <ap@rossi.example>\r\n…X-Unsent: 1\r\nContent-Type: multipart/mixed; …"
 */
export function emailDraft(draft: EmailDraft): string {
  const message = createMimeMessage();
  message.setSender(draft.from ? mailbox(draft.from) : { addr: NO_SENDER });
  const to = (Array.isArray(draft.to) ? draft.to : [draft.to]) as readonly EmailAddress[];
  message.setTo(to.map(mailbox));
  if (draft.cc && draft.cc.length > 0) message.setCc(draft.cc.map(mailbox));
  message.setSubject(draft.subject.replace(/[\r\n]+/g, " "));
  message.setHeader("X-Unsent", "1");
  const body = draft.body.replace(/\r?\n/g, "\r\n");
  message.addMessage({ contentType: "text/plain", charset: "UTF-8", encoding: "base64", data: wrapped(toBase64(new TextEncoder().encode(body))) });
  for (const a of draft.attachments) {
    message.addAttachment({ filename: headerFileName(a.name), contentType: a.mime, encoding: "base64", data: wrapped(toBase64(a.bytes)) });
  }
  const raw = message.asRaw();
  if (draft.from) return raw;
  // The placeholder sender's From and the Message-ID made from its domain go: the draft has no sender yet.
  return raw.replace(/^(From|Message-ID): [^\r\n]*\r\n/gm, "");
}
