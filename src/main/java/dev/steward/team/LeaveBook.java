package dev.steward.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.steward.command.UsageException;
import dev.steward.i18n.Words;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's leave: several periods each, added, cut short ("back") or cancelled, with the rules a team expects: no
 * period in the past, none overlapping another, and anything longer than 60 days set by a PM; and the leave their
 * calendar feed gives, which gives way to leave entered by hand.
 */
@Service
public class LeaveBook {

	/** The longest leave a member may give themselves; longer needs a PM. */
	public static final int MEMBER_MAX_DAYS = 60;

	/** The longest leave anyone may record at once. */
	public static final int MAX_DAYS = 366;

	private final TeamRepository teams;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeaveBook(TeamRepository teams, ApplicationEventPublisher events, Clock clock) {
		this.teams = teams;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a leave period for the member, set by the actor (themselves or a PM).
	 * @throws UsageException saying what is wrong and what would be right
	 */
	@Transactional
	public Leave add(Member member, Member actor, LocalDate first, LocalDate last, LocalDate today) {
		Leave leave = new Leave(0, first, last);
		refuseWrong(member, actor, leave, today, Words.current());
		Optional<Leave> overlap = member.leave().stream()
			.filter((other) -> !other.fromCalendar() && other.overlaps(leave))
			.findFirst();
		if (overlap.isPresent()) {
			Words words = Words.current();
			throw new UsageException(words.get("team.leave.overlaps", words.range(overlap.get().firstDay(),
					overlap.get().lastDay(), today), overlap.get().firstDay().toString()));
		}
		long id = teams.addLeave(member.id(), first, last, actor.userId(), clock.instant());
		SortedSet<LocalDate> fromCalendar = calendarDays(member, today);
		if (fromCalendar.removeIf(leave::covers)) {
			teams.replaceCalendarLeave(member.id(), today, periods(fromCalendar), actor.userId(), clock.instant());
		}
		changed(member);
		return new Leave(id, first, last);
	}

	/** Refuses leave that ends before it starts, is over, or is longer than the actor may record. */
	private static void refuseWrong(Member member, Member actor, Leave leave, LocalDate today, Words words) {
		if (leave.lastDay().isBefore(leave.firstDay())) {
			throw new UsageException(words.get("team.leave.backwards", words.day(leave.lastDay(), today),
					words.day(leave.firstDay(), today)));
		}
		if (leave.lastDay().isBefore(today)) {
			throw new UsageException(words.get("team.leave.over"));
		}
		if (leave.days() > MAX_DAYS) {
			throw new UsageException(words.get("team.leave.too-long", String.valueOf(leave.days()),
					String.valueOf(MAX_DAYS)));
		}
		if (leave.days() > MEMBER_MAX_DAYS && !actor.isPm()) {
			throw new UsageException(words.get("team.leave.needs-pm", String.valueOf(leave.days()),
					String.valueOf(MEMBER_MAX_DAYS), leave.firstDay().toString(), leave.lastDay().toString(),
					member.userId()));
		}
	}

	/**
	 * Ends the leave the member is on today: they are back today.
	 * @return the period as it was
	 */
	@Transactional
	public Leave back(Member member, LocalDate today) {
		Leave current = member.leaveOn(today)
			.orElseThrow(() -> new UsageException(Words.current().get("team.leave.not-away",
					upcoming(member, today, Words.current()))));
		if (current.firstDay().equals(today)) {
			teams.removeLeave(current.id());
		}
		else {
			teams.endLeave(current.id(), today.minusDays(1));
		}
		changed(member);
		return current;
	}

	/** Cancels a leave period that has not started yet, named by its first day. */
	@Transactional
	public Leave cancel(Member member, LocalDate firstDay, LocalDate today) {
		Leave leave = member.leave().stream().filter((period) -> period.firstDay().equals(firstDay)).findFirst()
			.orElseThrow(() -> new UsageException(Words.current().get("team.leave.none-starting",
					Words.current().day(firstDay, today), upcoming(member, today, Words.current()))));
		if (leave.fromCalendar()) {
			throw new UsageException(Words.current().get("team.leave.from-calendar"));
		}
		if (!leave.firstDay().isAfter(today)) {
			throw new UsageException(Words.current().get("team.leave.started"));
		}
		teams.removeLeave(leave.id());
		changed(member);
		return leave;
	}

	/**
	 * Makes the member's leave from their calendar, from today on, the given days, except those they entered leave
	 * for by hand (which is never touched); tells the features that count working time when anything changed.
	 * @return whether their leave changed
	 */
	@Transactional
	public boolean replaceFromCalendar(Member member, Set<LocalDate> days, LocalDate today) {
		SortedSet<LocalDate> wanted = new TreeSet<>(days);
		wanted.removeIf((day) -> day.isBefore(today) || member.leave().stream()
			.anyMatch((period) -> !period.fromCalendar() && period.covers(day)));
		if (wanted.equals(calendarDays(member, today))) {
			return false;
		}
		teams.replaceCalendarLeave(member.id(), today, periods(wanted), member.userId(), clock.instant());
		changed(member);
		return true;
	}

	/** The days of the member's leave from their calendar, from today on. */
	private static SortedSet<LocalDate> calendarDays(Member member, LocalDate today) {
		SortedSet<LocalDate> days = new TreeSet<>();
		member.leave().stream().filter(Leave::fromCalendar).forEach((period) -> period.firstDay()
			.datesUntil(period.lastDay().plusDays(1))
			.filter((day) -> !day.isBefore(today))
			.forEach(days::add));
		return days;
	}

	/** The days as periods of days in a row. */
	private static List<Leave> periods(SortedSet<LocalDate> days) {
		List<Leave> periods = new ArrayList<>();
		LocalDate first = null;
		LocalDate last = null;
		for (LocalDate day : days) {
			if (last != null && !day.equals(last.plusDays(1))) {
				periods.add(new Leave(0, first, last, true));
				first = null;
			}
			first = (first == null) ? day : first;
			last = day;
		}
		if (last != null) {
			periods.add(new Leave(0, first, last, true));
		}
		return periods;
	}

	/** The member's leave from today on. */
	public List<Leave> upcomingOf(Member member, LocalDate today) {
		return member.leave().stream().filter((leave) -> !leave.lastDay().isBefore(today)).toList();
	}

	private String upcoming(Member member, LocalDate today, Words words) {
		List<Leave> upcoming = upcomingOf(member, today);
		return upcoming.isEmpty() ? words.get("team.leave.none-planned")
				: words.get("team.leave.planned", String.join(", ", upcoming.stream()
					.map((leave) -> words.range(leave.firstDay(), leave.lastDay(), today))
					.toList()));
	}

	private void changed(Member member) {
		events.publishEvent(new MemberAwayChanged(member.teamId(), member.userId()));
	}

}
