package dev.steward.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.impediment.Severity;

/**
 * A team's escalation ladder: rungs with a threshold in working hours or days and a target, a factor that makes
 * high-severity impediments climb faster, the stakeholders and the escalation channel. Pure.
 *
 * @param rungs the rungs, lowest first
 * @param highSeverityPercent a high-severity impediment's thresholds, in percent of the normal ones
 * @param goalPercent the thresholds of an impediment that puts a value goal at risk, in percent of the normal ones
 * @param escalationChannel the escalation channel's id, or null
 * @param stakeholders the user ids the stakeholders rung tells, besides the team's stakeholder members
 */
record LadderPolicy(List<Rung> rungs, int highSeverityPercent, int goalPercent, String escalationChannel,
		List<String> stakeholders) {

	static final int MAX_RUNGS = 6;

	private static final Pattern RUNG = Pattern.compile("(\\d{1,4})\\s*([hd])\\s*[: ]\\s*([a-z-]+)");

	LadderPolicy {
		rungs = List.copyOf(rungs);
		stakeholders = List.copyOf(stakeholders);
	}

	/**
	 * One rung.
	 *
	 * @param amount the threshold's number
	 * @param unit {@code h} for working hours, {@code d} for working days
	 * @param target whom it tells
	 */
	record Rung(int amount, char unit, Target target) {

		Duration threshold(Duration workingDay) {
			return unit == 'd' ? workingDay.multipliedBy(amount) : Duration.ofHours(amount);
		}

		String spec() {
			return amount + "" + unit + " " + target.word();
		}

		String describe(Words words) {
			return words.get("escalation.rung.describe", target.description(words), Spans.rung(words, amount, unit));
		}

	}

	/** Owner after 4 working hours, PMs after 1 working day, team channel after 2, stakeholders after 4. */
	static LadderPolicy defaults() {
		return new LadderPolicy(List.of(new Rung(4, 'h', Target.OWNER), new Rung(1, 'd', Target.PMS),
				new Rung(2, 'd', Target.CHANNEL), new Rung(4, 'd', Target.STAKEHOLDERS)), 50, 50, null, List.of());
	}

	/**
	 * The threshold of the rung (1-based) for an impediment of the severity: shorter when it is high, and shorter
	 * again when it puts a value goal at risk.
	 */
	Duration threshold(int rung, Severity severity, boolean threatensGoal, Duration workingDay) {
		Duration threshold = rungs.get(rung - 1).threshold(workingDay);
		if (severity == Severity.HIGH) {
			threshold = threshold.multipliedBy(highSeverityPercent).dividedBy(100);
		}
		return threatensGoal ? threshold.multipliedBy(goalPercent).dividedBy(100) : threshold;
	}

	/**
	 * The rung's threshold for this impediment in words, and why it differs from the ladder's: {@code 1 working day
	 * (the ladder says 2 working days; halved for high severity)}.
	 */
	String explainThreshold(Words words, int rung, Severity severity, boolean threatensGoal, Duration workingDay) {
		Duration base = rungs.get(rung - 1).threshold(workingDay);
		Duration effective = threshold(rung, severity, threatensGoal, workingDay);
		String span = Spans.words(words, effective, workingDay);
		if (effective.equals(base)) {
			return span;
		}
		List<String> reasons = new ArrayList<>();
		if (severity == Severity.HIGH && highSeverityPercent != 100) {
			reasons.add(words.get("escalation.threshold.high", factor(words, highSeverityPercent)));
		}
		if (threatensGoal && goalPercent != 100) {
			reasons.add(words.get("escalation.threshold.goal", factor(words, goalPercent)));
		}
		String why = (reasons.size() == 2) ? words.get("escalation.threshold.both", reasons.get(0), reasons.get(1))
				: reasons.get(0);
		return words.get("escalation.threshold.differs", span, Spans.words(words, base, workingDay), why);
	}

	private static String factor(Words words, int percent) {
		return switch (percent) {
			case 50 -> words.get("escalation.factor.halved");
			case 25 -> words.get("escalation.factor.quartered");
			default -> words.get("escalation.factor.cut", Integer.toString(percent));
		};
	}

	String spec() {
		return rungs.stream().map(Rung::spec).collect(Collectors.joining(", "));
	}

	LadderPolicy withRungs(List<Rung> newRungs) {
		return new LadderPolicy(newRungs, highSeverityPercent, goalPercent, escalationChannel, stakeholders);
	}

	LadderPolicy withHighSeverityPercent(int percent) {
		return new LadderPolicy(rungs, percent, goalPercent, escalationChannel, stakeholders);
	}

	LadderPolicy withGoalPercent(int percent) {
		return new LadderPolicy(rungs, highSeverityPercent, percent, escalationChannel, stakeholders);
	}

	LadderPolicy withEscalationChannel(String channel) {
		return new LadderPolicy(rungs, highSeverityPercent, goalPercent, channel, stakeholders);
	}

	LadderPolicy withStakeholders(List<String> users) {
		return new LadderPolicy(rungs, highSeverityPercent, goalPercent, escalationChannel, users);
	}

	/**
	 * Reads rungs such as {@code 4h owner, 1d pms, 2d channel, 4d stakeholders}: thresholds above zero and rising,
	 * known targets, at most six rungs.
	 */
	static List<Rung> parseRungs(String spec, Duration workingDay) {
		List<Rung> rungs = readRungs(spec);
		check(rungs, workingDay);
		return rungs;
	}

	/** Reads stored rungs, which were checked against the team's calendar when they were set. */
	static List<Rung> readRungs(String spec) {
		List<Rung> rungs = new ArrayList<>();
		for (String part : spec.toLowerCase(Locale.ROOT).split(",")) {
			Matcher matcher = RUNG.matcher(part.strip());
			if (!matcher.matches()) {
				throw new UsageException(Words.current().get("escalation.rungs.not-a-rung", part.strip()));
			}
			Target target = Target.parse(matcher.group(3))
				.orElseThrow(() -> new UsageException(
						Words.current().get("escalation.rungs.not-a-target", matcher.group(3))));
			rungs.add(new Rung(Integer.parseInt(matcher.group(1)), matcher.group(2).charAt(0), target));
		}
		return rungs;
	}

	private static void check(List<Rung> rungs, Duration workingDay) {
		if (rungs.isEmpty() || rungs.size() > MAX_RUNGS) {
			throw new UsageException(Words.current()
				.get("escalation.rungs.count", Integer.toString(MAX_RUNGS), Integer.toString(rungs.size())));
		}
		Duration previous = Duration.ZERO;
		for (Rung rung : rungs) {
			Duration threshold = rung.threshold(workingDay);
			if (threshold.isZero()) {
				throw new UsageException(Words.current().get("escalation.rungs.zero"));
			}
			if (threshold.compareTo(previous) <= 0) {
				throw new UsageException(Words.current().get("escalation.rungs.order", rung.spec()));
			}
			previous = threshold;
		}
	}

}
