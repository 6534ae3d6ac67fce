package dev.steward.impediment;

import java.time.Instant;

/**
 * One line of an impediment's history: who did what, when.
 *
 * @param at when
 * @param actorId the platform user id of who did it
 * @param kind what happened, such as {@code OPENED}
 * @param detail a sentence for people
 */
public record ImpedimentEvent(Instant at, String actorId, String kind, String detail) {

}
