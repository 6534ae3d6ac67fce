package dev.steward.standup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import dev.steward.i18n.Words;

/**
 * Reads a member's answers by the type of each question (a score, yes or no, one of the choices, text), drops the
 * answer to a question whose condition the earlier answers do not meet, and says what cannot be read.
 *
 * @param texts the answers in question order as stored and shown: empty for none, a scale's as its emoji and words
 * @param scores the scale answers' scores by question position
 * @param problems field id ({@code q0}, {@code q1}, ...) to problem, in the reader's words; empty when all can be
 * stored
 * @param words the words the problems are written in
 * @param team the team's words, which a scale answer is stored in (it is shown in the team's summary)
 */
record TypedAnswers(List<String> texts, Map<Integer, Integer> scores, Map<String, String> problems, Words words,
		Words team) {

	private static final Set<String> YES = Set.of("yes", "y", "yep", "yeah", "ja", "si", "s\u00ed", "true");

	private static final Set<String> NO = Set.of("no", "n", "nope", "nein", "false");

	/**
	 * Reads the given texts (form values or DM lines) against the questions, in the team's language, saying what cannot
	 * be read in the reader's words.
	 */
	static TypedAnswers read(List<Question> questions, List<String> given, String language, Words words) {
		TypedAnswers read = new TypedAnswers(new ArrayList<>(), new LinkedHashMap<>(), new HashMap<>(), words,
				Words.in(language));
		for (int i = 0; i < questions.size(); i++) {
			String text = (i < given.size() && given.get(i) != null) ? given.get(i).strip() : "";
			Question question = questions.get(i);
			read.texts().add(read.asked(question, language) ? read.value(i, question, text) : "");
		}
		return read;
	}

	/** The answers to store as text: every question's but an anonymous scale's, which is kept as a score only. */
	List<Answer> answers(List<Question> questions) {
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			if (!question.anonymous()) {
				answers.add(new Answer(i, question.kind(), question.text(), texts.get(i)));
			}
		}
		return answers;
	}

	/** Whether the question is asked, given the answers before it. */
	private boolean asked(Question question, String language) {
		Question.Condition condition = question.condition();
		if (condition == null) {
			return true;
		}
		String earlier = texts.get(condition.question());
		Integer score = scores.get(condition.question());
		if (condition.value() != null) {
			return (score != null) ? condition.value().equals(score.toString())
					: condition.value().equalsIgnoreCase(earlier);
		}
		return (score != null) || (earlier.equals("yes") || (!earlier.equals("no") && Blockers.isBlocker(earlier,
				language)));
	}

	private String value(int position, Question question, String text) {
		boolean none = text.isEmpty() || (question.type() != Question.Type.TEXT && text.equals("-"));
		if (none) {
			if (!question.optional() && question.kind() != Question.Kind.BLOCKERS) {
				problems.put("q" + position, words.get((question.type() == Question.Type.TEXT)
						? "answers.problem.required-text" : "answers.problem.required-pick"));
			}
			return "";
		}
		return switch (question.type()) {
			case TEXT -> text(position, text);
			case MOOD, HEALTH -> score(position, question, text);
			case YES_NO -> yesNo(position, text);
			case CHOICE -> choice(position, question, text);
		};
	}

	private String text(int position, String text) {
		if (text.length() > Answer.MAX_LENGTH) {
			problems.put("q" + position, words.get("answers.problem.too-long", Integer.toString(text.length()),
					Integer.toString(Answer.MAX_LENGTH)));
		}
		return text;
	}

	private String score(int position, Question question, String text) {
		OptionalInt score = Scales.read(question.type(), text);
		if (score.isEmpty()) {
			problems.put("q" + position, words.get("answers.problem.score"));
			return "";
		}
		scores.put(position, score.getAsInt());
		return Scales.shown(team, question.type(), score.getAsInt());
	}

	private String yesNo(int position, String text) {
		String word = text.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
		if (YES.contains(word) || NO.contains(word)) {
			return YES.contains(word) ? "yes" : "no";
		}
		problems.put("q" + position, words.get("answers.problem.yes-no"));
		return "";
	}

	private String choice(int position, Question question, String text) {
		return question.choices()
			.stream()
			.filter((choice) -> choice.equalsIgnoreCase(text))
			.findFirst()
			.orElseGet(() -> {
				problems.put("q" + position,
						words.get("answers.problem.choice", String.join(", ", question.choices())));
				return "";
			});
	}

}
