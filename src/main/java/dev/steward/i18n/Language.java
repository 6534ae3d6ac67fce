package dev.steward.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language Steward speaks, with a complete bundle of its words: its ISO 639 code and its name in itself. */
public enum Language {

	EN("en", "English"), DE("de", "Deutsch"), ES("es", "Espa\u00f1ol");

	private final String code;

	private final String nativeName;

	Language(String code, String nativeName) {
		this.code = code;
		this.nativeName = nativeName;
	}

	public String code() {
		return code;
	}

	/** The language's name in itself ({@code Deutsch}), as a menu lists it. */
	public String nativeName() {
		return nativeName;
	}

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	/** The language of the code, in any case; empty for a code without a bundle. */
	public static Optional<Language> find(String code) {
		return code == null ? Optional.empty()
				: Arrays.stream(values()).filter((language) -> language.code.equalsIgnoreCase(code.strip())).findFirst();
	}

	/** The language of the code, or English for a code without a bundle (a value stored before it was checked). */
	public static Language of(String code) {
		return find(code).orElse(EN);
	}

}
