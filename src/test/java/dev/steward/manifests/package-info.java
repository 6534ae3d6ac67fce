/**
 * Checks of what the repository ships for operators beside the jar: the Kubernetes manifests, the Grafana dashboard
 * and the Prometheus alerts.
 */
package dev.steward.manifests;
