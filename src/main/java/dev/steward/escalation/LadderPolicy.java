package dev.steward.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.steward.command.UsageException;
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

		String describe() {
			return target.description() + " after " + amount + " working " + (unit == 'd' ? "day" : "hour")
					+ (amount == 1 ? "" : "s");
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
	String explainThreshold(int rung, Severity severity, boolean threatensGoal, Duration workingDay) {
		Duration base = rungs.get(rung - 1).threshold(workingDay);
		Duration effective = threshold(rung, severity, threatensGoal, workingDay);
		String words = words(effective, workingDay);
		if (effective.equals(base)) {
			return words;
		}
		List<String> reasons = new ArrayList<>();
		if (severity == Severity.HIGH && highSeverityPercent != 100) {
			reasons.add(factor(highSeverityPercent) + " for high severity");
		}
		if (threatensGoal && goalPercent != 100) {
			reasons.add(factor(goalPercent) + " because it puts a value goal at risk");
		}
		return words + " (the ladder says " + words(base, workingDay) + "; " + String.join(", and ", reasons) + ")";
	}

	private static String factor(int percent) {
		return switch (percent) {
			case 50 -> "halved";
			case 25 -> "quartered";
			default -> "cut to " + percent + "%";
		};
	}

	/** A working-time span in words: {@code 4 working hours}, {@code 2 working days}, {@code 1 working day 4 hours}. */
	static String words(Duration span, Duration workingDay) {
		long minutes = span.toMinutes();
		long perDay = Math.max(1, workingDay.toMinutes());
		long days = minutes / perDay;
		long hours = (minutes % perDay) / 60;
		long rest = minutes % 60;
		List<String> parts = new ArrayList<>();
		if (days > 0) {
			parts.add(days + " working day" + (days == 1 ? "" : "s"));
		}
		if (hours > 0) {
			parts.add(hours + (days > 0 ? "" : " working") + " hour" + (hours == 1 ? "" : "s"));
		}
		if (rest > 0 || parts.isEmpty()) {
			parts.add(rest + (parts.isEmpty() ? " working" : "") + " minute" + (rest == 1 ? "" : "s"));
		}
		return String.join(" ", parts);
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
				throw new UsageException("'" + part.strip() + "' is not a rung. Write each as <number>h or <number>d "
						+ "and a target, for example: 4h owner, 1d pms, 2d channel, 4d stakeholders");
			}
			Target target = Target.parse(matcher.group(3))
				.orElseThrow(() -> new UsageException("'" + matcher.group(3) + "' is not a target; use owner, pms, "
						+ "channel, stakeholders or escalation-channel."));
			rungs.add(new Rung(Integer.parseInt(matcher.group(1)), matcher.group(2).charAt(0), target));
		}
		return rungs;
	}

	private static void check(List<Rung> rungs, Duration workingDay) {
		if (rungs.isEmpty() || rungs.size() > MAX_RUNGS) {
			throw new UsageException("A ladder has 1 to " + MAX_RUNGS + " rungs; you gave " + rungs.size() + ".");
		}
		Duration previous = Duration.ZERO;
		for (Rung rung : rungs) {
			Duration threshold = rung.threshold(workingDay);
			if (threshold.isZero()) {
				throw new UsageException("A threshold of zero would escalate at once; use at least 1h.");
			}
			if (threshold.compareTo(previous) <= 0) {
				throw new UsageException("Rungs must climb: '" + rung.spec() + "' comes after a rung that is as late "
						+ "or later. Put them in order of their thresholds.");
			}
			previous = threshold;
		}
	}

}
