package dev.steward.api;

import java.io.IOException;
import java.net.URI;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletResponse;

/** Writes an RFC 9457 problem detail where no controller answers: the token filter and the security chain. */
final class Problems {

	static final String TYPE = "https://steward.dev/problems/";

	private Problems() {
	}

	static ProblemDetail of(HttpStatus status, String slug, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE + slug));
		return problem;
	}

	static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
