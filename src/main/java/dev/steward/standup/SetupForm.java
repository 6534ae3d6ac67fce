package dev.steward.standup;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatForm;
import dev.steward.chat.FormField;
import dev.steward.command.Actor;
import dev.steward.command.FormHandler;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.team.Member;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;


import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stand-up setup form: members, PMs, times, days, zone policy and questions of the channel's team. The first
 * person to set up a channel's stand-up becomes its PM; after that only PMs may change it.
 */
@Component
class SetupForm implements FormHandler {

	private static final Logger log = LoggerFactory.getLogger(SetupForm.class);

	static final String ID = "standup.setup";

	private final TeamRepository teams;

	private final TeamDirectory directory;

	private final StandupRepository standups;

	private final StandupProperties defaults;

	private final Clock clock;

	SetupForm(TeamRepository teams, TeamDirectory directory, StandupRepository standups, StandupProperties defaults,
			Clock clock) {
		this.teams = teams;
		this.directory = directory;
		this.standups = standups;
		this.defaults = defaults;
		this.clock = clock;
	}

	@Override
	public String formId() {
		return ID;
	}

	/** The form for the channel's stand-up, filled with its current settings or the defaults. */
	ChatForm build(Actor actor, String channelId, String channelName, Team team) {
		List<Member> members = team == null ? List.of() : teams.members(team.id());
		StandupConfig config = team == null ? null : standups.config(team.id()).orElse(null);
		List<String> participants = members.stream().filter(Member::participates).map(Member::userId).toList();
		List<String> pms = team == null ? List.of(actor.userId())
				: members.stream().filter(Member::isPm).map(Member::userId).toList();
		List<String> stakeholders = members.stream()
			.filter((member) -> member.role() == Role.STAKEHOLDER)
			.map(Member::userId)
			.toList();
		Set<DayOfWeek> days = config == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : config.weekdays();
		List<FormField.Option> dayOptions = Arrays.stream(DayOfWeek.values())
			.map((day) -> new FormField.Option(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
			.toList();
		return new ChatForm(ID, "Stand-up setup", "Save", channelId + "\n" + channelName, List.of(
				new FormField("members", "Who stands up", FormField.Type.USERS, true, participants, null, null),
				new FormField("pms", "PMs", FormField.Type.USERS, false, pms, null,
						"PMs change this setup and act on every impediment."),
				new FormField("stakeholders", "Stakeholders", FormField.Type.USERS, true, stakeholders, null,
						"They hear about impediments at the top of the escalation ladder and may follow the digest."),
				FormField.text("prompt_time", "Prompt time (HH:MM)",
						time(config == null ? defaults.promptTime() : config.promptTime()), false),
				FormField.text("report_time", "Summary time (HH:MM, team zone)",
						time(config == null ? defaults.reportTime() : config.reportTime()), false),
				FormField.text("reminder", "Remind after (minutes)",
						Long.toString((config == null ? defaults.reminderDelay() : config.reminderDelay()).toMinutes()),
						false),
				new FormField("days", "Stand-up days", FormField.Type.MULTI_SELECT, false,
						days.stream().sorted().map(DayOfWeek::name).toList(), dayOptions, null),
				new FormField("zone_policy", "Whose clock", FormField.Type.SELECT, false,
						List.of((config == null ? ZonePolicy.MEMBER : config.zonePolicy()).name()),
						List.of(new FormField.Option("MEMBER", "Each member's own time zone"),
								new FormField.Option("TEAM", "The team's time zone")),
						null),
				FormField.text("team_zone", "Team time zone", (team == null ? defaults.zone() : team.zone()).getId(),
						false).withHint("An IANA zone such as Europe/Berlin or Asia/Kolkata."),
				FormField.multiline("questions", "Questions, one per line", String.join("\n",
						config == null ? StandupConfig.DEFAULT_QUESTIONS
								: config.questions().stream().map(Question::text).toList()), false)));
	}

	private static String time(LocalTime time) {
		return String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

	@Override
	@Transactional
	public FormResult submit(FormSubmission submission) {
		Map<String, String> problems = new HashMap<>();
		LocalTime prompt = parseTime(submission.value("prompt_time"), "prompt_time", problems);
		LocalTime report = parseTime(submission.value("report_time"), "report_time", problems);
		Duration reminder = parseMinutes(submission.value("reminder"), problems);
		ZoneId zone = parseZone(submission.value("team_zone"), problems);
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		submission.values("days").forEach((day) -> parseDay(day, days, problems));
		if (days.isEmpty() && !problems.containsKey("days")) {
			problems.put("days", "Pick at least one day.");
		}
		List<Question> questions = Arrays.stream(submission.value("questions").split("\n"))
			.filter((line) -> !line.isBlank())
			.map(Question::of)
			.toList();
		checkQuestions(questions, problems);
		if (submission.values("pms").isEmpty()) {
			problems.put("pms", "A stand-up needs at least one PM.");
		}
		ZonePolicy policy = "TEAM".equals(submission.value("zone_policy")) ? ZonePolicy.TEAM : ZonePolicy.MEMBER;
		if (!problems.isEmpty()) {
			return FormResult.invalid(problems);
		}
		Team team = team(submission, zone);
		standups.saveConfig(new StandupConfig(team.id(), prompt, report, reminder, days, policy, questions));
		applyPeople(team, submission.values("members"), submission.values("pms"), submission.values("stakeholders"));
		log.info("{} set up the stand-up of team {}", submission.actor().userId(), team.id());
		return FormResult.accepted();
	}

	private Team team(FormSubmission submission, ZoneId zone) {
		Actor actor = submission.actor();
		String[] channel = submission.context().split("\n", 2);
		Team team = teams.findByChannel(actor.platform(), actor.workspaceId(), channel[0]).orElse(null);
		if (team == null) {
			String name = channel.length > 1 && !channel[1].isBlank() ? "#" + channel[1] : "Team " + channel[0];
			team = teams.create(actor.platform(), actor.workspaceId(), channel[0], name, zone, clock.instant());
			teams.addMember(team.id(), actor.userId(), actor.displayName(), Role.PM, false);
			return team;
		}
		directory.requirePm(team, actor.userId());
		teams.setZone(team.id(), zone);
		return team;
	}

	private void applyPeople(Team team, List<String> participants, List<String> pms, List<String> stakeholders) {
		for (Member member : teams.members(team.id())) {
			teams.setParticipates(member.id(), participants.contains(member.userId()));
			boolean demoted = (member.isPm() && !pms.contains(member.userId()))
					|| (member.role() == Role.STAKEHOLDER && !stakeholders.contains(member.userId()));
			if (demoted) {
				teams.setRole(member.id(), Role.MEMBER);
			}
		}
		for (String userId : stakeholders) {
			if (!pms.contains(userId)) {
				teams.setRole(teams.addMember(team.id(), userId, userId, Role.STAKEHOLDER, false).id(),
						Role.STAKEHOLDER);
			}
		}
		for (String userId : participants) {
			teams.setParticipates(teams.addMember(team.id(), userId, userId, Role.MEMBER, true).id(), true);
		}
		for (String userId : pms) {
			teams.setRole(teams.addMember(team.id(), userId, userId, Role.PM, false).id(), Role.PM);
		}
	}

	private static void checkQuestions(List<Question> questions, Map<String, String> problems) {
		if (questions.isEmpty()) {
			problems.put("questions", "Ask at least one question.");
		}
		else if (questions.size() > 10) {
			problems.put("questions", "Ask at most 10 questions; you wrote " + questions.size() + ".");
		}
		else if (questions.stream().anyMatch((question) -> question.text().length() > Question.MAX_LENGTH)) {
			problems.put("questions", "Keep each question under " + Question.MAX_LENGTH + " characters.");
		}
	}

	private static LocalTime parseTime(String value, String field, Map<String, String> problems) {
		try {
			return LocalTime.parse(value.length() == 4 && value.charAt(1) == ':' ? "0" + value : value);
		}
		catch (DateTimeException ex) {
			problems.put(field, "'" + value + "' is not a time; use 24-hour HH:MM such as 09:30.");
			return null;
		}
	}

	private static Duration parseMinutes(String value, Map<String, String> problems) {
		try {
			int minutes = Integer.parseInt(value);
			if (minutes >= 1 && minutes <= 720) {
				return Duration.ofMinutes(minutes);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.put("reminder", "Give a number of minutes from 1 to 720, such as 60.");
		return null;
	}

	private static ZoneId parseZone(String value, Map<String, String> problems) {
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			problems.put("team_zone", "'" + value + "' is not a time zone; use a name such as Europe/Berlin.");
			return null;
		}
	}

	private static void parseDay(String value, Set<DayOfWeek> days, Map<String, String> problems) {
		try {
			days.add(DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			problems.put("days", "'" + value + "' is not a day of the week.");
		}
	}

}
