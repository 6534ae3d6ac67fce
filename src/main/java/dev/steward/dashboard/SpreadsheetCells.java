package dev.steward.dashboard;

/**
 * Keeps an exported cell from being run as a formula when a spreadsheet opens the file: text that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, as OWASP advises.
 */
final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	static String neutralised(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
