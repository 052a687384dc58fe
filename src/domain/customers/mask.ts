/** The masks of confidential values live in core (the credit reasons use them too); the customers job offers them as before. */
export { MASK_CHAR, MASKED_AMOUNT, maskText } from "../core";
