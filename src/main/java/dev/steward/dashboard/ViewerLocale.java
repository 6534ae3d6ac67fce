package dev.steward.dashboard;

import java.util.Locale;
import java.util.Optional;

import dev.steward.i18n.Language;
import dev.steward.i18n.Words;
import dev.steward.storage.DatabaseOutage;
import dev.steward.team.TeamRepository;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of the dashboard's pages: the signed-in viewer's own, else their first team's, else the browser's
 * when Steward speaks it (also while the database, which keeps the languages, cannot be reached), else English.
 */
@Component("localeResolver")
class ViewerLocale implements LocaleResolver {

	private static final String RESOLVED = ViewerLocale.class.getName() + ".locale";

	private final TeamRepository teams;

	private final DatabaseOutage outage;

	ViewerLocale(TeamRepository teams, DatabaseOutage outage) {
		this.teams = teams;
		this.outage = outage;
	}

	/** The viewer's words, for text a controller writes for the page. */
	static Words words(Locale locale) {
		return Words.in(locale.getLanguage());
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
			return resolved;
		}
		Locale locale = viewers().or(() -> browsers(request)).orElse(Language.EN).locale();
		request.setAttribute(RESOLVED, locale);
		return locale;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The dashboard's language is the viewer's, chosen in chat");
	}

	private Optional<Language> viewers() {
		if (outage.recentlyUnreachable()) {
			return Optional.empty();
		}
		return Viewers.of(SecurityContextHolder.getContext().getAuthentication()).flatMap(this::stored);
	}

	private Optional<Language> stored(Viewer viewer) {
		try {
			TeamRepository.PersonLanguage stored = teams.personLanguage(viewer.platform(), viewer.workspaceId(),
					viewer.userId(), null);
			return Language.find((stored.own() != null) ? stored.own() : stored.team());
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			return Optional.empty();
		}
	}

	private static Optional<Language> browsers(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			return Locale.LanguageRange.parse(header)
				.stream()
				.map((range) -> Language.find(range.getRange().split("-")[0]))
				.flatMap(Optional::stream)
				.findFirst();
		}
		catch (IllegalArgumentException unreadable) {
			return Optional.empty();
		}
	}

}
