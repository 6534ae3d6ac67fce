package dev.steward.api;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import dev.steward.command.UsageException;
import dev.steward.dashboard.LogFilter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Answers the API's refusals as RFC 9457 problem details: a bad filter, field or body names the field (400); a rule
 * of the log (the owner must be a member, only the owner or a PM may resolve) says which (409); a resource out of
 * reach is 404.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
class ApiProblems {

	@ExceptionHandler(LogFilter.BadFilter.class)
	ProblemDetail badFilter(LogFilter.BadFilter bad) {
		return field(bad.field(), bad.getMessage());
	}

	@ExceptionHandler(ApiProblem.class)
	ProblemDetail badField(ApiProblem bad) {
		return field(bad.field(), bad.getMessage());
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, JacksonException.class })
	ProblemDetail unreadable(Exception unreadable) {
		Throwable cause = (unreadable instanceof HttpMessageNotReadableException wrapped)
				? wrapped.getMostSpecificCause() : unreadable;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return field(unknown.getPropertyName(), unknown.getPropertyName() + " is not a field of this request");
		}
		return Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", "The body is not the JSON object this request "
				+ "takes.");
	}

	@ExceptionHandler(UsageException.class)
	ProblemDetail refused(UsageException refused) {
		return Problems.of(HttpStatus.CONFLICT, "refused", refused.getMessage());
	}

	@ExceptionHandler(ResponseStatusException.class)
	ProblemDetail status(ResponseStatusException status) {
		HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
		return Problems.of(code, code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
				(status.getReason() != null) ? status.getReason() : code.getReasonPhrase());
	}

	private static ProblemDetail field(String field, String detail) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-field", detail);
		problem.setProperty("field", field);
		return problem;
	}

}
