package dev.steward.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What Steward accepts as its database.
 *
 * @param allowEmbedded lets Steward start on an embedded H2 database (a file or in memory) under an orchestrator
 * ({@code KUBERNETES_SERVICE_HOST} set), where each replica would otherwise keep its own data and tick on its own
 */
@ConfigurationProperties("steward.storage")
public record StorageProperties(boolean allowEmbedded) {

}
