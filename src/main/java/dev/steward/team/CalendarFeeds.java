package dev.steward.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.outbound.OutboundUrls;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a person or a team a calendar feed (ICS), or takes it away with the leave or holidays it gave. The address is
 * checked under the rules against server-side request forgery before anything is stored, and read on the next tick.
 */
@Service
public class CalendarFeeds {

	private static final Logger log = LoggerFactory.getLogger(CalendarFeeds.class);

	private final CalendarFeedRepository feeds;

	private final CalendarReader reader;

	private final LeaveBook leave;

	private final TeamCalendars calendars;

	private final Clock clock;

	CalendarFeeds(CalendarFeedRepository feeds, CalendarReader reader, LeaveBook leave, TeamCalendars calendars,
			Clock clock) {
		this.feeds = feeds;
		this.reader = reader;
		this.leave = leave;
		this.calendars = calendars;
		this.clock = clock;
	}

	/**
	 * Gives the member their own feed, replacing one they had.
	 * @throws UsageException when the address is refused, saying why; nothing is stored then
	 */
	@Transactional
	public CalendarFeed setFor(Member member, String url) {
		String address = checked(url);
		feeds.set(member.teamId(), member.id(), address, member.userId(), clock.instant());
		log.info("Calendar feed set for member {} of team {}", member.id(), member.teamId());
		return feeds.of(member.teamId(), member.id()).orElseThrow();
	}

	/**
	 * Gives the team its feed, set by a PM, replacing one it had.
	 * @throws UsageException when the address is refused, saying why; nothing is stored then
	 */
	@Transactional
	public CalendarFeed setFor(Team team, Member pm, String url) {
		String address = checked(url);
		feeds.set(team.id(), null, address, pm.userId(), clock.instant());
		log.info("Calendar feed set for team {} by {}", team.id(), pm.userId());
		return feeds.of(team.id(), null).orElseThrow();
	}

	/** Stops reading the member's feed and removes the leave it gave from today on; false when they had none. */
	@Transactional
	public boolean removeFor(Member member, LocalDate today) {
		if (!feeds.remove(member.teamId(), member.id())) {
			return false;
		}
		leave.replaceFromCalendar(member, Set.of(), today);
		return true;
	}

	/** Stops reading the team's feed and removes the holidays it gave from today on; false when it had none. */
	@Transactional
	public boolean removeFor(Team team, LocalDate today) {
		if (!feeds.remove(team.id(), null)) {
			return false;
		}
		calendars.replaceFromCalendar(team, Map.of(), today);
		return true;
	}

	public Optional<CalendarFeed> of(Member member) {
		return feeds.of(member.teamId(), member.id());
	}

	public Optional<CalendarFeed> of(Team team) {
		return feeds.of(team.id(), null);
	}

	private String checked(String url) {
		String address = typed(url);
		if (address.regionMatches(true, 0, "webcal://", 0, 9)) {
			address = "https://" + address.substring(9);
		}
		try {
			reader.check(address);
		}
		catch (OutboundUrls.Refused refused) {
			Words words = Words.current();
			throw new UsageException(words.get("team.feed.refused", CalendarFeed.shown(address, words),
					refused.reason(words)));
		}
		return address;
	}

	/** The address as typed: without the angle brackets and label chat adds around a link, and with its & back. */
	private static String typed(String url) {
		String address = url.strip();
		if (address.startsWith("<") && address.endsWith(">")) {
			address = address.substring(1, address.length() - 1);
			int label = address.indexOf('|');
			address = (label >= 0) ? address.substring(0, label) : address;
		}
		return address.replace("&amp;", "&");
	}

}
