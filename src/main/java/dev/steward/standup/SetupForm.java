package dev.steward.standup;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;
import dev.steward.command.Actor;
import dev.steward.command.FormHandler;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.team.Member;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stand-up setup form: members, PMs, stakeholders, times, days, zone policy, language and questions, with which
 * question asks for blockers. The first person to set up a channel's stand-up becomes its PM; after that only PMs
 * may change it. Each save is announced in the team channel.
 */
@Component
class SetupForm implements FormHandler {

	private static final Logger log = LoggerFactory.getLogger(SetupForm.class);

	static final String ID = "standup.setup";

	private final TeamRepository teams;

	private final TeamDirectory directory;

	private final StandupRepository standups;

	private final StandupProperties defaults;

	private final DeliveryQueue deliveries;

	private final Clock clock;

	SetupForm(TeamRepository teams, TeamDirectory directory, StandupRepository standups, StandupProperties defaults,
			DeliveryQueue deliveries, Clock clock) {
		this.teams = teams;
		this.directory = directory;
		this.standups = standups;
		this.defaults = defaults;
		this.deliveries = deliveries;
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
		List<String> pms = team == null ? List.of(actor.userId())
				: members.stream().filter(Member::isPm).map(Member::userId).toList();
		List<Question> questions = config == null ? StandupConfig.DEFAULT_QUESTIONS : config.questions();
		List<FormField> fields = new ArrayList<>(List.of(
				new FormField("members", "Who stands up", FormField.Type.USERS, true,
						members.stream().filter(Member::participates).map(Member::userId).toList(), null, null),
				new FormField("pms", "PMs", FormField.Type.USERS, false, pms, null,
						"PMs change this setup and act on every impediment."),
				new FormField("optional", "Optional (prompted, never counted as missing)", FormField.Type.USERS, true,
						(config == null) ? List.of() : optionalUsers(config, members), null,
						"Also in 'Who stands up'; for people who join the stand-up when it matters to them."),
				new FormField("stakeholders", "Stakeholders", FormField.Type.USERS, true,
						members.stream().filter(Member::isStakeholder).map(Member::userId).toList(), null,
						"They hear about impediments at the top of the escalation ladder and may follow the digest; "
								+ "they are not prompted."),
				FormField.text("prompt_time", "Prompt time",
						time(config == null ? defaults.promptTime() : config.promptTime()), false)
					.withHint("Such as 09:30, 0930 or 9:30am."),
				FormField.text("report_time", "Summary time (team zone)",
						time(config == null ? defaults.reportTime() : config.reportTime()), false),
				FormField.text("reminder", "Reminder (minutes)",
						Long.toString((config == null ? defaults.reminderDelay() : config.reminderDelay()).toMinutes())
								+ ((config != null && config.reminderBeforeReport()) ? " before" : ""),
						false)
					.withHint("Minutes after the prompt, such as 60; or before the summary, such as 30 before.")));
		fields.addAll(schedule(team, config));
		fields.addAll(questionFields(questions));
		return new ChatForm(ID, "Stand-up setup", "Save", channelId + "\n" + channelName, fields);
	}

	private List<FormField> schedule(Team team, StandupConfig config) {
		Set<DayOfWeek> days = config == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : config.weekdays();
		List<FormField.Option> dayOptions = Arrays.stream(DayOfWeek.values())
			.map((day) -> new FormField.Option(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
			.toList();
		return List.of(
				new FormField("days", "Stand-up days", FormField.Type.MULTI_SELECT, false,
						days.stream().sorted().map(DayOfWeek::name).toList(), dayOptions,
						"Holidays and non-working days of the team's calendar have no stand-up."),
				new FormField("zone_policy", "Whose clock", FormField.Type.SELECT, false,
						List.of((config == null ? ZonePolicy.MEMBER : config.zonePolicy()).name()),
						List.of(new FormField.Option("MEMBER", "Each member's own time zone"),
								new FormField.Option("TEAM", "The team's time zone")),
						null),
				FormField.text("team_zone", "Team time zone", (team == null ? defaults.zone() : team.zone()).getId(),
						false).withHint("An IANA zone such as Europe/Berlin or Asia/Kolkata."),
				new FormField("language", "Language of the answers", FormField.Type.SELECT, false,
						List.of(team == null ? "en" : team.language()), SetupInput.LANGUAGES.entrySet()
							.stream()
							.map((language) -> new FormField.Option(language.getKey(), language.getValue()))
							.toList(),
						"Steward reads answers such as 'nothing' or 'keine' in it."));
	}

	private static List<FormField> questionFields(List<Question> questions) {
		List<FormField.Option> numbers = new ArrayList<>(IntStream.rangeClosed(1, Question.MAX_QUESTIONS)
			.mapToObj((i) -> new FormField.Option(Integer.toString(i), "Question " + i))
			.toList());
		numbers.add(new FormField.Option(SetupInput.NONE, "None"));
		return List.of(
				FormField.multiline("questions", "Questions, one per line",
						String.join("\n", questions.stream().map(QuestionLines::write).toList()), false)
					.withHint(QuestionLines.HINT),
				new FormField("blockers_question", "Which question asks for blockers", FormField.Type.SELECT, false,
						List.of(position(questions, Question.Kind.BLOCKERS)), numbers,
						"A real answer to it becomes an impediment."),
				new FormField("plans_question", "Which question asks for today's plans", FormField.Type.SELECT, false,
						List.of(position(questions, Question.Kind.TODAY)), numbers,
						"Its answer pre-fills the question before it at the next stand-up."));
	}

	private static String position(List<Question> questions, Question.Kind kind) {
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).kind() == kind) {
				return Integer.toString(i + 1);
			}
		}
		return SetupInput.NONE;
	}

	private static String time(LocalTime time) {
		return String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

	@Override
	@Transactional
	public FormResult submit(FormSubmission submission) {
		Map<String, String> problems = new HashMap<>();
		SetupInput input = SetupInput.read(submission, problems);
		if (input == null) {
			return FormResult.invalid(problems);
		}
		Instant now = clock.instant();
		Team before = existingTeam(submission);
		StandupConfig old = before == null ? null : standups.config(before.id()).orElse(null);
		List<Member> oldMembers = before == null ? List.of() : teams.members(before.id());
		Team team = team(submission, input);
		StandupConfig config = standups.saveConfig(new StandupConfig(old == null ? 0 : old.id(), team.id(),
				old == null ? StandupConfig.DEFAULT_NAME : old.name(), input.prompt(), input.report(), input.reminder(),
				input.days(), input.policy(), input.questions(), (old == null) ? null : old.pause(),
				input.reminderBeforeReport()), now);
		applyPeople(team, input);
		syncParticipants(team, config, now);
		standups.setOptional(config.id(), teams.members(team.id())
			.stream()
			.filter((member) -> input.optional().contains(member.userId()))
			.map(Member::id)
			.toList());
		standups.recheckStandup(config.id());
		Team after = teams.find(team.id()).orElseThrow();
		ChatMessage announcement = SetupAnnouncement.of(submission.actor(), before, after, old, config, oldMembers,
				teams.members(team.id()));
		deliveries.post("standup-setup:" + config.id() + ":" + now.toEpochMilli() + ":"
				+ Integer.toHexString(announcement.fallback().hashCode()), after.channel(), announcement);
		log.info("{} set up the stand-up of team {}", submission.actor().userId(), team.id());
		return FormResult.accepted();
	}

	private Team existingTeam(FormSubmission submission) {
		Actor actor = submission.actor();
		return teams.findByChannel(actor.platform(), actor.workspaceId(), submission.context().split("\n", 2)[0])
			.orElse(null);
	}

	private Team team(FormSubmission submission, SetupInput input) {
		Actor actor = submission.actor();
		String[] channel = submission.context().split("\n", 2);
		Team team = existingTeam(submission);
		if (team == null) {
			String name = channel.length > 1 && !channel[1].isBlank() ? "#" + channel[1] : "Team " + channel[0];
			team = teams.create(actor.platform(), actor.workspaceId(), channel[0], name, input.zone(), clock.instant());
			teams.addMember(team.id(), actor.userId(), actor.displayName(), Role.PM, false);
		}
		else {
			directory.requirePm(team, actor.userId());
			teams.setZone(team.id(), input.zone());
		}
		teams.setLanguage(team.id(), input.language());
		return team;
	}

	private List<String> optionalUsers(StandupConfig config, List<Member> members) {
		java.util.Set<Long> optional = standups.optionalMembers(config.id());
		return members.stream().filter((member) -> optional.contains(member.id())).map(Member::userId).toList();
	}

	private void applyPeople(Team team, SetupInput input) {
		for (Member member : teams.members(team.id())) {
			teams.setParticipates(member.id(), input.members().contains(member.userId()));
			boolean demoted = (member.isPm() && !input.pms().contains(member.userId()))
					|| (member.isStakeholder() && !input.stakeholders().contains(member.userId()));
			if (demoted) {
				teams.setRole(member.id(), Role.MEMBER);
			}
		}
		for (String userId : input.stakeholders()) {
			if (!input.pms().contains(userId)) {
				teams.setRole(teams.addMember(team.id(), userId, userId, Role.STAKEHOLDER, false).id(),
						Role.STAKEHOLDER);
			}
		}
		for (String userId : input.members()) {
			teams.setParticipates(teams.addMember(team.id(), userId, userId, Role.MEMBER, true).id(), true);
		}
		for (String userId : input.pms()) {
			teams.setRole(teams.addMember(team.id(), userId, userId, Role.PM, false).id(), Role.PM);
		}
	}

	/** Makes the participants of the stand-up exactly the members who stand up. */
	private void syncParticipants(Team team, StandupConfig config, Instant now) {
		for (Member member : teams.members(team.id())) {
			if (member.participates()) {
				standups.addParticipant(config.id(), member.id());
			}
			else {
				standups.removeParticipant(config.id(), member.id());
			}
		}
	}

}
