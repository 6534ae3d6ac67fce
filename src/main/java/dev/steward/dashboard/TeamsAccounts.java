package dev.steward.dashboard;

import java.util.Optional;

/**
 * Who a Microsoft sign-in is in Teams: Entra gives the person's object id in their tenant, and Steward's members are
 * known by their Teams user id, which the Teams adapter learns from their activities.
 */
public interface TeamsAccounts {

	/** The Teams user id of the person with the Entra object id in the tenant, once Steward has seen them. */
	Optional<String> userId(String tenantId, String aadObjectId);

}
