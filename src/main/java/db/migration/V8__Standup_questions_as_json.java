package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each stand-up's questions from one line each into JSON with what each question is about. Which question asks
 * for blockers is a setting from now on; for stand-ups set up before, it is read once from the wording, as Steward
 * did until then, and the PM can change it in the setup form.
 */
public class V8__Standup_questions_as_json extends BaseJavaMigration {

	private static final Pattern BLOCKERS = Pattern.compile("\\b(block(ed|er|ers|ing|s)?|impediments?|stuck)\\b");

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public void migrate(Context context) throws Exception {
		Map<Long, String> questions = new LinkedHashMap<>();
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("select id, questions from standup")) {
			while (rows.next()) {
				questions.put(rows.getLong(1), rows.getString(2));
			}
		}
		try (PreparedStatement update = context.getConnection()
			.prepareStatement("update standup set questions = ? where id = ?")) {
			for (Map.Entry<Long, String> entry : questions.entrySet()) {
				update.setString(1, json.writeValueAsString(convert(entry.getValue())));
				update.setLong(2, entry.getKey());
				update.executeUpdate();
			}
		}
	}

	private static List<Map<String, Object>> convert(String lines) {
		List<Map<String, Object>> converted = new ArrayList<>();
		for (String line : lines.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			String lower = line.toLowerCase(Locale.ROOT);
			String role = BLOCKERS.matcher(lower).find() ? "BLOCKERS"
					: lower.contains("yesterday") ? "YESTERDAY" : lower.contains("today") ? "TODAY" : "OTHER";
			Map<String, Object> question = new LinkedHashMap<>();
			question.put("text", line.strip());
			question.put("role", role);
			converted.add(question);
		}
		return converted;
	}

}
