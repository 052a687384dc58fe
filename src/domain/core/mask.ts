/**
 * Confidential values (income, ID numbers, bank details) as the pane and reports show them until the
 * user reveals them: every character but the last few replaced, so a person can still tell two
 * accounts apart without reading them.
 */

export const MASK_CHAR = "•";

/**
 * Masks all but the last `visible` letters and digits of `text`, keeping spaces; blank stays blank.
 *
 * @example
 * maskText("GB82 WEST 1234 5698 7654 32") //=> "•••• •••• •••• •••• ••54 32"
 */
export function maskText(text: string, visible = 4): string {
  const chars = [...text];
  let keep = visible;
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!/[\p{L}\p{N}]/u.test(chars[i])) continue;
    if (keep > 0) keep--;
    else chars[i] = MASK_CHAR;
  }
  return chars.join("");
}

/** The same masked text for any amount: its size would tell too much. */
export const MASKED_AMOUNT = MASK_CHAR.repeat(6);
