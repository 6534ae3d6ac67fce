package dev.steward.team;

import java.time.Duration;
import java.util.List;

import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * How calendar feeds (ICS) are read.
 *
 * @param refresh how often each feed is read again; a failing feed is tried again after the same time
 * @param timeout how long one reading may take, from connecting to the last byte
 * @param maxSize the largest calendar Steward reads; a bigger one is a failure
 * @param horizonDays how many days ahead events count (recurring ones are expanded that far)
 * @param minHoursAway how much of a day a timed out-of-office event must cover for the day to count as away
 * @param words the words and phrases that make an all-day event's title mean "away" (whole words, any case); a guess
 * from English words, so a setting
 * @param perTick the most feeds one tick reads; the others wait for the next tick
 * @param allowPrivate whether a feed may point at a loopback, link-local or private address, or use plain http; off,
 * as protection against server-side request forgery (tests turn it on to reach WireMock)
 */
@Validated
@ConfigurationProperties("steward.calendar-feeds")
public record CalendarFeedProperties(@DefaultValue("1h") @NotNull @PositiveDuration Duration refresh,
		@DefaultValue("10s") @NotNull @PositiveDuration Duration timeout,
		@DefaultValue("2MB") @NotNull DataSize maxSize,
		@DefaultValue("90") @Min(1) @Max(366) int horizonDays,
		@DefaultValue("4") @Min(1) @Max(24) int minHoursAway,
		@DefaultValue({ "OOO", "out of office", "vacation", "holiday", "holidays", "leave", "PTO", "day off" })
		@NotEmpty List<String> words,
		@DefaultValue("20") @Min(1) int perTick,
		@DefaultValue("false") boolean allowPrivate) {

}
