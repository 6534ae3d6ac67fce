/**
 * The impediment log: the {@link dev.steward.impediment.Impediment} aggregate with its lifecycle and history,
 * its storage, the {@link dev.steward.impediment.ImpedimentLog} service other features use, and the
 * {@code /impediment} command.
 */
package dev.steward.impediment;
