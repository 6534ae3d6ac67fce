package dev.steward.api;

/** A request the API cannot take, naming the field that is wrong and how. */
final class ApiProblem extends RuntimeException {

	private final String field;

	ApiProblem(String field, String reason) {
		super(field + " " + reason);
		this.field = field;
	}

	String field() {
		return field;
	}

}
