package dev.steward.chat.slack.install;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * One small HTML page of the install flow: a heading, a few sentences and at most one link, every text escaped, under
 * a Content-Security-Policy that allows nothing but its own inline style.
 */
record InstallPage(HttpStatus status, String title, List<String> paragraphs, String linkText, String linkUrl) {

	private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src "
			+ "https://platform.slack-edge.com; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	static InstallPage of(HttpStatus status, String title, String... paragraphs) {
		return new InstallPage(status, title, List.of(paragraphs), null, null);
	}

	InstallPage withLink(String text, String url) {
		return new InstallPage(status, title, paragraphs, text, url);
	}

	/** The page as an answer: never cached, never framed, never sniffed. */
	ResponseEntity<String> response(HttpHeaders extra) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Security-Policy", POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.headers(extra)
			.body(html());
	}

	String html() {
		StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
			.append(escape(title))
			.append(" · Steward</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;"
					+ "padding:0 1rem;color:#1d1c1d}a.button{display:inline-block;padding:.6rem 1.2rem;"
					+ "background:#4a154b;color:#fff;border-radius:.3rem;text-decoration:none}"
					+ "a.button:focus{outline:3px solid #1264a3;outline-offset:2px}</style></head><body><main><h1>")
			.append(escape(title))
			.append("</h1>");
		paragraphs.forEach((paragraph) -> page.append("<p>").append(escape(paragraph)).append("</p>"));
		if (linkUrl != null) {
			page.append("<p><a class=\"button\" href=\"").append(escape(linkUrl)).append("\">").append(escape(linkText))
				.append("</a></p>");
		}
		return page.append("</main></body></html>\n").toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
