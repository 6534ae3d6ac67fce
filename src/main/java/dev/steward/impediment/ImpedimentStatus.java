package dev.steward.impediment;

/** Where an impediment is in its lifecycle. */
public enum ImpedimentStatus {

	OPEN, RESOLVED

}
