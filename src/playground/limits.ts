// Size limits shared by the server (which enforces them) and the page (which tells the person up front).

/** Longest message the page accepts, in UTF-16 units (what a textarea's maxlength counts). */
export const MAX_MESSAGE_LENGTH = 4000;
/** Room for 4,000 characters even as JSON-escaped 4-byte UTF-8, small enough to refuse junk unread. */
export const MAX_BODY_BYTES = 16 * 1024;
