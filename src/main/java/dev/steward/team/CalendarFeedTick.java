package dev.steward.team;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.delivery.DeliveryKind;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.delivery.Lifetime;
import dev.steward.i18n.Words;
import dev.steward.scheduling.DueWork;
import dev.steward.scheduling.Tick;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar feeds' part of the tick: each feed due is read (outside any transaction), and its out-of-office days
 * replace the leave or holidays it gave before. A feed that fails keeps what it gave last and is reported to its owner
 * once per run of failures; a good reading ends the run. Last in the tick, so a slow calendar never delays a prompt.
 */
@Component
@Order(50)
class CalendarFeedTick implements DueWork {

	private static final Logger log = LoggerFactory.getLogger(CalendarFeedTick.class);

	private final CalendarFeedRepository feeds;

	private final CalendarReader reader;

	private final IcsAbsences absences;

	private final TeamRepository teams;

	private final LeaveBook leave;

	private final TeamCalendars calendars;

	private final DeliveryQueue deliveries;

	private final TransactionTemplate transaction;

	private final CalendarFeedProperties properties;

	private final Clock clock;

	CalendarFeedTick(CalendarFeedRepository feeds, CalendarReader reader, TeamRepository teams, LeaveBook leave,
			TeamCalendars calendars, DeliveryQueue deliveries, TransactionTemplate transaction,
			CalendarFeedProperties properties, Clock clock) {
		this.feeds = feeds;
		this.reader = reader;
		this.absences = new IcsAbsences(properties.words(), Duration.ofHours(properties.minHoursAway()));
		this.teams = teams;
		this.leave = leave;
		this.calendars = calendars;
		this.deliveries = deliveries;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "calendar-feeds";
	}

	@Override
	public List<Long> units(Instant now) {
		return feeds.due(now, properties.perTick());
	}

	/** Each feed has its own rows and its own owner; a slow one should not hold up the others. */
	@Override
	public boolean unitsIndependent() {
		return true;
	}

	@Override
	public void runDue(long feedId, Instant now) {
		CalendarFeed feed = feeds.find(feedId).orElse(null);
		Team team = (feed == null) ? null : teams.find(feed.teamId()).orElse(null);
		if (team == null) {
			return;
		}
		Tick.aboutTeam(team.id());
		Member member = feed.isTeams() ? null : teams.member(feed.memberId()).orElse(null);
		if (!feed.isTeams() && member == null) {
			return;
		}
		ZoneId zone = (member != null && member.zone() != null) ? member.zone() : team.zone();
		LocalDate today = now.atZone(zone).toLocalDate();
		SortedMap<LocalDate, String> away;
		try {
			byte[] calendar = reader.read(feed.url());
			away = absences.read(new ByteArrayInputStream(calendar), zone, today,
					today.plusDays(properties.horizonDays() - 1L));
		}
		catch (CalendarReader.Failed | IcsAbsences.Unreadable ex) {
			failed(feed, team, ex.getMessage(), ex::reason, now);
			return;
		}
		transaction.executeWithoutResult((status) -> readWell(feed, team, member, away, today, now));
	}

	private void readWell(CalendarFeed feed, Team team, Member member, SortedMap<LocalDate, String> away,
			LocalDate today, Instant now) {
		// The member read again: leave typed by hand while the calendar was being read must win over it.
		boolean changed = (member != null)
				? leave.replaceFromCalendar(teams.member(member.id()).orElse(member), away.keySet(), today)
				: calendars.replaceFromCalendar(team, away, today);
		feeds.readWell(feed.id(), now, now.plus(properties.refresh()));
		if (changed) {
			log.info("Read calendar feed {} of team {}: {} day(s) away from {} on", feed.id(), team.id(), away.size(),
					today);
		}
	}

	/**
	 * Records the failure and, on the first of a run, tells the feed's owner in their words.
	 * @param reason the reason in English, as stored and logged
	 * @param told the reason in the owner's words
	 */
	private void failed(CalendarFeed feed, Team team, String reason, Function<Words, String> told, Instant now) {
		transaction.executeWithoutResult((status) -> {
			if (feeds.failed(feed.id(), reason, now, now.plus(properties.refresh()))) {
				Conversation owner = team.direct(feed.setBy());
				Words words = teams.member(team.id(), feed.setBy()).map((member) -> member.words(team))
					.orElseGet(team::words);
				deliveries.post("calendar-feed-failed:" + feed.id() + ":" + now.toEpochMilli(), owner,
						ChatMessage.text(report(feed, team, told.apply(words), words)),
						Lifetime.of(DeliveryKind.NOTICE, team.id(), now.plus(Duration.ofDays(1))));
				log.info("Calendar feed {} of team {} failed ({}); told its owner", feed.id(), team.id(), reason);
			}
		});
	}

	private String report(CalendarFeed feed, Team team, String reason, Words words) {
		return feed.isTeams() ? words.get("team.feed.failed.team", team.name(), feed.where(words), reason, every(words))
				: words.get("team.feed.failed.member", feed.where(words), reason, every(words));
	}

	private String every(Words words) {
		long minutes = properties.refresh().toMinutes();
		if (minutes == 0) {
			return words.get("team.feed.every.seconds", String.valueOf(properties.refresh().toSeconds()));
		}
		if (minutes % 60 != 0) {
			return words.get("team.feed.every.minutes", String.valueOf(minutes));
		}
		return (minutes / 60 == 1) ? words.get("team.feed.every.hour")
				: words.get("team.feed.every.hours", String.valueOf(minutes / 60));
	}

}
