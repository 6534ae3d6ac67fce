package dev.steward.digest;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.EnumSet;
import java.util.Optional;

import dev.steward.chat.ChatGateways;
import dev.steward.chat.ChatSendException;
import dev.steward.chat.Conversation;
import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Aliases;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code /digest} command: subscribe, unsubscribe, a channel digest, a preview now, the list. */
@Component
class DigestCommands implements CommandHandler {

	private static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);

	private final TeamDirectory directory;

	private final TeamRepository teams;

	private final SubscriptionRepository subscriptions;

	private final DigestSender sender;

	private final ChatGateways gateways;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DigestCommands(TeamDirectory directory, TeamRepository teams, SubscriptionRepository subscriptions,
			DigestSender sender, ChatGateways gateways, TransactionTemplate transaction, Clock clock) {
		this.directory = directory;
		this.teams = teams;
		this.subscriptions = subscriptions;
		this.sender = sender;
		this.gateways = gateways;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public String command() {
		return "digest";
	}

	@Override
	public String summary() {
		return Words.current().get("digest.summary");
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		Words words = Words.current();
		return switch (args.word(0)) {
			case "subscribe" -> subscribe(request, args.drop(1), words);
			case "unsubscribe" -> unsubscribe(request, args.drop(1), words);
			case "channel" -> channel(request, args.drop(1), words);
			case "now" -> now(request, args.drop(1), words);
			case "list" -> list(request, words);
			case "", "help" -> Reply.text(help(words));
			default -> Reply.text(words.get("digest.unknown", args.raw(0), help(words)));
		};
	}

	/** What {@code /digest} does, with the reader's translations of its words. */
	static String help(Words words) {
		String aliases = Aliases.helpLine(words, "digest").strip();
		return words.get("digest.help") + (aliases.isEmpty() ? "" : "\n" + aliases);
	}

	/** What a subscribe or channel command asked for. */
	private record Choice(Subscription.Cadence cadence, LocalTime at, DayOfWeek day, Set<DayOfWeek> days,
			Optional<String> channel) {

	}

	private static Choice choice(Args args, Words words) {
		Subscription.Cadence cadence = Subscription.Cadence.DAILY;
		LocalTime at = DEFAULT_TIME;
		Set<DayOfWeek> days = Subscription.WEEKDAYS;
		Optional<String> channel = Optional.empty();
		for (int i = 0; i < args.size(); i++) {
			String word = args.word(i);
			if (word.equals("daily") || word.equals("weekly")) {
				cadence = Subscription.Cadence.valueOf(word.toUpperCase(Locale.ROOT));
			}
			else if (word.equals("at")) {
				at = Args.time(args.raw(++i));
			}
			else if (word.equals("on")) {
				days = days(args.raw(++i), words);
			}
			else if (word.equals("every") && args.word(i + 1).equals("day")) {
				days = EnumSet.allOf(DayOfWeek.class);
				i++;
			}
			else if (Args.channel(args.raw(i)).isPresent()) {
				channel = Args.channel(args.raw(i));
			}
			else {
				throw new UsageException(words.get("digest.not-understood", args.raw(i)));
			}
		}
		DayOfWeek day = cadence == Subscription.Cadence.WEEKLY && days.size() == 1 ? days.iterator().next()
				: DayOfWeek.MONDAY;
		if (cadence == Subscription.Cadence.WEEKLY && days.size() != 1 && !days.equals(Subscription.WEEKDAYS)) {
			throw new UsageException(words.get("digest.weekly-one-day"));
		}
		return new Choice(cadence, at, day, cadence == Subscription.Cadence.DAILY ? days : Subscription.WEEKDAYS,
				channel);
	}

	/** Days such as {@code monday}, {@code mon-fri}, {@code mon,wed,fri} or {@code weekdays}. */
	private static Set<DayOfWeek> days(String spec, Words words) {
		String lower = spec.toLowerCase(Locale.ROOT);
		if (lower.equals("weekdays")) {
			return Subscription.WEEKDAYS;
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String part : lower.split(",")) {
			String[] range = part.split("-", 2);
			DayOfWeek first = day(range[0], words);
			DayOfWeek last = range.length > 1 ? day(range[1], words) : first;
			for (DayOfWeek day = first;; day = day.plus(1)) {
				days.add(day);
				if (day == last) {
					break;
				}
			}
		}
		return days;
	}

	private static DayOfWeek day(String word, Words words) {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (word.length() >= 3 && day.name().toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT))) {
				return day;
			}
		}
		throw new UsageException(words.get("digest.not-a-day", word));
	}

	private Reply subscribe(CommandRequest request, Args args, Words words) {
		Choice choice = choice(args, words);
		Team team = team(request, choice.channel(), words);
		ZoneId zone = teams.member(team.id(), request.actor().userId()).map(Member::zone).filter((z) -> z != null)
			.orElse(team.zone());
		Subscription subscription = store(request.actor().directConversation(), choice, zone, team,
				request.actor().userId());
		return Reply.text(words.get("digest.subscribed", describe(subscription, words), team.name()));
	}

	private Reply unsubscribe(CommandRequest request, Args args, Words words) {
		Long teamId = args.word(0).equals("all") ? null : team(request, Args.channel(args.raw(0)), words).id();
		Integer removed = transaction.execute(
				(status) -> subscriptions.unfollow(request.actor().directConversation(), teamId));
		if (removed == 0) {
			return Reply.text(words.get("digest.unsubscribed.none"));
		}
		return Reply.text(words.get(teamId == null ? "digest.unsubscribed.all" : "digest.unsubscribed.team"));
	}

	private Reply channel(CommandRequest request, Args args, Words words) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		Choice choice = choice(args, words);
		String channel = choice.channel()
			.orElseThrow(() -> new UsageException(words.get("digest.channel.which")));
		Conversation target = Conversation.channel(team.platform(), team.workspaceId(), channel);
		if (!canPost(target, words)) {
			throw new UsageException(words.get("digest.channel.not-member"));
		}
		Subscription subscription = store(target, choice, team.zone(), team, request.actor().userId());
		return Reply.text(words.get("digest.channel.set", describe(subscription, words), team.name()));
	}

	/** Stores the subscription and the team it follows in one transaction. */
	private Subscription store(Conversation target, Choice choice, ZoneId zone, Team team, String by) {
		return transaction.execute((status) -> {
			Subscription subscription = subscriptions.upsert(target, choice.cadence(), choice.at(), choice.day(),
					choice.days(), zone,
					by, clock.instant());
			subscriptions.follow(subscription.id(), team.id());
			return subscription;
		});
	}

	private boolean canPost(Conversation channel, Words words) {
		try {
			return gateways.forPlatform(channel.platform()).canPost(channel);
		}
		catch (ChatSendException ex) {
			throw new UsageException(words.get("digest.channel.unchecked", channel.platform().key()));
		}
	}

	private Reply now(CommandRequest request, Args args, Words words) {
		Team team = team(request, Args.channel(args.raw(0)), words);
		ZoneId zone = teams.member(team.id(), request.actor().userId()).map(Member::zone).filter((z) -> z != null)
			.orElse(team.zone());
		sender.preview(List.of(team), request.actor().directConversation(), zone, words);
		return Reply.text(words.get("digest.preview", team.name()));
	}

	private Reply list(CommandRequest request, Words words) {
		StringBuilder text = new StringBuilder();
		for (Subscription subscription : subscriptions.of(request.actor().directConversation())) {
			text.append(words.get("digest.list.yours", describe(subscription, words), names(subscription)))
				.append('\n');
		}
		teams.findByChannel(request.actor().platform(), request.actor().workspaceId(), request.channelId())
			.ifPresent((team) -> subscriptions.channelsFollowing(team.id())
				.forEach((subscription) -> text.append(words.get("digest.list.channel", subscription.targetId(),
						describe(subscription, words))).append('\n')));
		return Reply.text(text.length() == 0 ? words.get("digest.list.none") : text.toString().strip());
	}

	private String names(Subscription subscription) {
		return String.join(", ", subscriptions.teams(subscription.id())
			.stream()
			.map(teams::find)
			.flatMap(Optional::stream)
			.map(Team::name)
			.toList());
	}

	private static String describe(Subscription subscription, Words words) {
		String at = words.time(subscription.sendAt());
		return subscription.cadence() == Subscription.Cadence.DAILY
				? words.get("digest.daily", at, subscription.zone().getId(), days(subscription, words))
				: words.get("digest.weekly", words.weekday(subscription.weekday()), at, subscription.zone().getId());
	}

	private static String days(Subscription subscription, Words words) {
		if (subscription.days().equals(Subscription.WEEKDAYS)) {
			return words.get("digest.days.weekdays");
		}
		if (subscription.days().size() == 7) {
			return words.get("digest.days.every");
		}
		return String.join(", ", subscription.days().stream().sorted().map(words::weekdayShort).toList());
	}

	/** The team named by its channel, in the actor's workspace, or else the team the command is about. */
	private Team team(CommandRequest request, Optional<String> channel, Words words) {
		if (channel.isEmpty()) {
			return directory.teamFor(request);
		}
		Team team = teams.findByChannel(request.actor().platform(), request.actor().workspaceId(), channel.get())
			.orElseThrow(() -> new UsageException(words.get("digest.no-team")));
		directory.requireMember(team, request.actor().userId());
		return team;
	}

}
