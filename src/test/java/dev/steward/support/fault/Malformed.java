package dev.steward.support.fault;

/** Answers a real Slack, or a proxy in front of it, has been seen to give that a client must survive. */
public enum Malformed {

	/** HTTP 200 with an HTML page, as a captive proxy or an error page answers. */
	HTML_BODY,

	/** HTTP 200 with {@code {"ok":false,"error":"some_unknown_error"}}. */
	UNKNOWN_ERROR,

	/** HTTP 200 with JSON cut off in the middle. */
	INVALID_JSON,

	/** HTTP 429 without a Retry-After header. */
	RETRY_AFTER_MISSING,

	/** HTTP 429 with {@code Retry-After: -5}. */
	RETRY_AFTER_NEGATIVE,

	/** HTTP 429 with Retry-After as an HTTP date 30 seconds ahead, which RFC 9110 allows. */
	RETRY_AFTER_HTTP_DATE,

	/** HTTP 429 with {@code Retry-After: 3600}. */
	RETRY_AFTER_HOUR,

	/** HTTP 200 from {@code files.getUploadURLExternal} with a file id but no {@code upload_url}. */
	NO_UPLOAD_URL

}
