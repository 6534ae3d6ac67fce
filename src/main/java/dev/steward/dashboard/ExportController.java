package dev.steward.dashboard;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.impediment.ChangeArea;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentEvent;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.TrackerLink;
import dev.steward.sprint.SprintOverview;
import dev.steward.standup.StandupHistory;
import dev.steward.team.Team;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A team's record as files (impediments and their history, stand-up answers, sprints with goals and reviews,
 * lessons): CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read
 * it as such, and every cell a spreadsheet would take for a formula neutralised) or JSON. Rows are written as they
 * are read from the database, so an export of any size uses the same memory.
 */
@RestController
class ExportController {

	private static final String[] IMPEDIMENT_COLUMNS = { "id", "key", "team", "title", "status", "severity",
			"owner_id", "owner", "reporter_id", "opened_at", "rung", "due_date", "resolved_at", "resolved_by",
			"resolution_note", "resolved_working_minutes", "merged_into", "links", "kind", "impact", "changes",
			"decision", "decision_reason", "decided_at" };

	private static final String[] HISTORY_COLUMNS = { "impediment_id", "impediment_key", "at", "actor_id", "kind",
			"detail" };

	private static final String[] ANSWER_COLUMNS = { "date", "user_id", "name", "question", "answer" };

	private static final String[] SPRINT_COLUMNS = { "sprint", "starts_on", "ends_on", "goal", "measure",
			"review_outcome", "review_note" };

	private static final String[] LESSON_COLUMNS = { "recorded_at", "author_id", "lesson", "sprint", "impediment" };

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final TeamAccess access;

	private final ImpedimentLog impediments;

	private final StandupHistory standups;

	private final SprintOverview sprints;

	private final TransactionTemplate reads;

	private final JsonMapper json;

	private final Clock clock;

	ExportController(TeamAccess access, ImpedimentLog impediments, StandupHistory standups, SprintOverview sprints,
			PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
		this.access = access;
		this.impediments = impediments;
		this.standups = standups;
		this.sprints = sprints;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/dashboard/teams/{teamId}/export/impediments.csv")
	ResponseEntity<StreamingResponseBody> impedimentsCsv(@PathVariable long teamId, Authentication authentication) {
		Team team = team(teamId, authentication);
		Map<String, String> names = access.names(team);
		Map<Long, List<TrackerLink>> links = impediments.linksOfTeam(team);
		return rows(team, "impediments", "csv", IMPEDIMENT_COLUMNS, (row) -> impediments.forEachInTeam(team,
				(impediment) -> row.accept(impedimentCells(team, impediment, names, links))));
	}

	@GetMapping("/dashboard/teams/{teamId}/export/impediment-history.csv")
	ResponseEntity<StreamingResponseBody> historyCsv(@PathVariable long teamId, Authentication authentication) {
		Team team = team(teamId, authentication);
		return rows(team, "impediment-history", "csv", HISTORY_COLUMNS, (row) -> impediments.forEachEventInTeam(team,
				(entry) -> row.accept(historyCells(entry))));
	}

	@GetMapping("/dashboard/teams/{teamId}/export/impediments.json")
	ResponseEntity<StreamingResponseBody> impedimentsJson(@PathVariable long teamId, Authentication authentication) {
		Team team = team(teamId, authentication);
		Map<String, String> names = access.names(team);
		Map<Long, List<TrackerLink>> links = impediments.linksOfTeam(team);
		return file(team, "impediments.json", MediaType.APPLICATION_JSON, (out) -> {
			try (JsonGenerator generator = json.createGenerator(out)) {
				generator.writeStartObject();
				generator.writeStringProperty("team", team.name());
				generator.writeArrayPropertyStart("impediments");
				impediments.forEachInTeam(team, (impediment) -> object(generator, IMPEDIMENT_COLUMNS,
						impedimentCells(team, impediment, names, links)));
				generator.writeEndArray();
				generator.writeArrayPropertyStart("history");
				impediments.forEachEventInTeam(team, (entry) -> object(generator, HISTORY_COLUMNS,
						historyCells(entry)));
				generator.writeEndArray();
				generator.writeEndObject();
			}
		});
	}

	@GetMapping("/dashboard/teams/{teamId}/export/standup-answers.{format}")
	ResponseEntity<StreamingResponseBody> answers(@PathVariable long teamId, @PathVariable String format,
			Authentication authentication) {
		Team team = team(teamId, authentication);
		return rows(team, "standup-answers", format, ANSWER_COLUMNS, (row) -> standups.forEachAnswer(team,
				(answer) -> row.accept(new Object[] { answer.date().toString(), answer.userId(), answer.name(),
						answer.question(), answer.text() })));
	}

	@GetMapping("/dashboard/teams/{teamId}/export/sprints.{format}")
	ResponseEntity<StreamingResponseBody> sprints(@PathVariable long teamId, @PathVariable String format,
			Authentication authentication) {
		Team team = team(teamId, authentication);
		List<SprintOverview.SprintView> sprints = this.sprints.recent(team, 10_000);
		return rows(team, "sprints", format, SPRINT_COLUMNS, (row) -> sprints.forEach((sprint) -> sprint.goals()
			.forEach((goal) -> row.accept(new Object[] { sprint.name(), sprint.startsOn().toString(),
					sprint.endsOn().toString(), goal.label(), goal.measure(), goal.outcome(), goal.reviewNote() }))));
	}

	@GetMapping("/dashboard/teams/{teamId}/export/lessons.{format}")
	ResponseEntity<StreamingResponseBody> lessons(@PathVariable long teamId, @PathVariable String format,
			Authentication authentication) {
		Team team = team(teamId, authentication);
		List<SprintOverview.LessonView> lessons = this.sprints.lessons(team, 100_000);
		return rows(team, "lessons", format, LESSON_COLUMNS, (row) -> lessons.forEach((lesson) -> row.accept(
				new Object[] { iso(lesson.at()), lesson.authorId(), lesson.text(), lesson.sprintName(),
						lesson.impedimentKey() })));
	}

	/** One table as CSV or JSON ({@code {"team": ..., "rows": [...]}}), written as its rows come. */
	private ResponseEntity<StreamingResponseBody> rows(Team team, String what, String format, String[] columns,
			Consumer<Consumer<Object[]>> rows) {
		if (format.equals("csv")) {
			return file(team, what + ".csv", CSV, (out) -> csv(out, columns, (printer) -> rows.accept((cells) ->
					print(printer, cells))));
		}
		if (format.equals("json")) {
			return file(team, what + ".json", MediaType.APPLICATION_JSON, (out) -> {
				try (JsonGenerator generator = json.createGenerator(out)) {
					generator.writeStartObject();
					generator.writeStringProperty("team", team.name());
					generator.writeArrayPropertyStart("rows");
					rows.accept((cells) -> object(generator, columns, cells));
					generator.writeEndArray();
					generator.writeEndObject();
				}
			});
		}
		throw DashboardController.notFound();
	}

	private Team team(long teamId, Authentication authentication) {
		return access.visible(DashboardController.viewer(authentication), teamId)
			.orElseThrow(DashboardController::notFound);
	}

	/** A download named for the team and the day, written inside one read-only transaction so the rows stream. */
	private ResponseEntity<StreamingResponseBody> file(Team team, String what, MediaType type, Body body) {
		String name = "steward-" + team.name().replaceAll("[^A-Za-z0-9-]+", "-") + "-"
				+ LocalDate.ofInstant(clock.instant(), team.zone()) + "-" + what;
		StreamingResponseBody stream = (out) -> reads.executeWithoutResult((status) -> {
			try {
				body.write(out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(stream);
	}

	private static void csv(OutputStream out, String[] header, CsvRows rows) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		writer.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
			rows.print(printer);
		}
	}

	private static void print(CSVPrinter printer, Object[] cells) {
		try {
			Object[] safe = new Object[cells.length];
			for (int i = 0; i < cells.length; i++) {
				safe[i] = (cells[i] instanceof String text) ? SpreadsheetCells.neutralised(text) : cells[i];
			}
			printer.printRecord(safe);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void object(JsonGenerator generator, String[] names, Object[] values) {
		generator.writeStartObject();
		for (int i = 0; i < names.length; i++) {
			if (values[i] == null) {
				generator.writeNullProperty(names[i]);
			}
			else if (values[i] instanceof Number number) {
				generator.writeNumberProperty(names[i], number.longValue());
			}
			else {
				generator.writeStringProperty(names[i], values[i].toString());
			}
		}
		generator.writeEndObject();
	}

	private static Object[] impedimentCells(Team team, Impediment impediment, Map<String, String> names,
			Map<Long, List<TrackerLink>> links) {
		return new Object[] { impediment.id(), impediment.key(), team.name(), impediment.title(),
				impediment.status().name().toLowerCase(java.util.Locale.ROOT), impediment.severity().label(),
				impediment.ownerId(), names.getOrDefault(impediment.ownerId(), impediment.ownerId()),
				impediment.reporterId(), iso(impediment.openedAt()), impediment.rung(), impediment.dueDate(),
				iso(impediment.resolvedAt()), impediment.resolvedBy(), impediment.resolutionNote(),
				(impediment.resolvedWorkingTime() != null) ? impediment.resolvedWorkingTime().toMinutes() : null,
				(impediment.mergedInto() != null) ? impediment.kind().key(impediment.mergedInto()) : null,
				String.join("; ", links.getOrDefault(impediment.id(), List.of())
					.stream()
					.map((link) -> link.label() + " " + link.url())
					.toList()),
				impediment.kind().name().toLowerCase(java.util.Locale.ROOT), impediment.impact(),
				ChangeArea.describe(impediment.changeAreas()),
				(impediment.decision() != null) ? impediment.decision().label() : null, impediment.decisionReason(),
				iso(impediment.decidedAt()) };
	}

	private static Object[] historyCells(ImpedimentLog.EntryEvent entry) {
		ImpedimentEvent event = entry.event();
		return new Object[] { entry.id(), entry.key(), iso(event.at()), event.actorId(), event.kind(),
				event.detail() };
	}

	private static String iso(java.time.Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC).toString() : null;
	}

	/** Writes a whole file to the response. */
	@FunctionalInterface
	private interface Body {

		void write(OutputStream out) throws IOException;

	}

	/** Prints the rows of a CSV file. */
	@FunctionalInterface
	private interface CsvRows {

		void print(CSVPrinter printer);

	}

}
