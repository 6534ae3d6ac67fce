package dev.steward.manifests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The Kubernetes manifests: every document matches the Kubernetes API exactly, the kustomizations name files that
 * exist, and the Deployment runs Steward locked down, probed on its health groups and given time to stop.
 */
class KubernetesManifestsTest {

	private static final Path BASE = KubernetesManifests.ROOT.resolve("base");

	private static final List<String> OVERLAYS = List.of("single", "ha");

	@Test
	void everyManifestMatchesTheKubernetesApiExactly() {
		List<Path> files = KubernetesManifests.resourceFiles();

		assertThat(files).hasSizeGreaterThanOrEqualTo(9);
		files.forEach((file) -> assertThat(KubernetesManifests.read(file)).as(file.toString()).isNotEmpty());
	}

	@Test
	void refusesAFieldTheApiDoesNotKnow() {
		String yaml = """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: steward
				spec:
				  template:
				    spec:
				      containers:
				        - name: steward
				          readinesProbe:
				            httpGet:
				              path: /actuator/health/readiness
				""";

		assertThatIllegalArgumentException().isThrownBy(() -> KubernetesManifests.parse(yaml, "typo.yaml"))
			.withMessageContaining("readinesProbe");
	}

	@Test
	void refusesAValueOfTheWrongType() {
		String yaml = """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: steward
				spec:
				  replicas: two
				""";

		assertThatIllegalArgumentException().isThrownBy(() -> KubernetesManifests.parse(yaml, "type.yaml"))
			.withMessageContaining("does not match the API");
	}

	@Test
	void everyKustomizationNamesFilesThatExist() {
		for (Path kustomization : KubernetesManifests.kustomizations()) {
			Map<String, Object> content = KubernetesManifests.readMap(kustomization);
			for (String reference : references(content)) {
				assertThat(kustomization.resolveSibling(reference)).as(kustomization + " names " + reference).exists();
			}
		}
		assertThat(KubernetesManifests.kustomizations()).contains(BASE.resolve("kustomization.yaml"),
				overlay("single").resolve("kustomization.yaml"), overlay("ha").resolve("kustomization.yaml"));
	}

	@Test
	void runsAsANonRootUserOnAReadOnlyRootWithNoCapabilities() {
		PodSpec pod = baseDeployment().getSpec().getTemplate().getSpec();
		Container steward = pod.getContainers().get(0);

		assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
		assertThat(steward.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
		assertThat(steward.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(steward.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
		assertThat(steward.getVolumeMounts()).anySatisfy((mount) -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
		assertThat(pod.getVolumes()).anySatisfy((volume) -> assertThat(volume.getEmptyDir()).isNotNull());
	}

	@Test
	void probesTheLivenessAndReadinessGroups() {
		Container steward = baseDeployment().getSpec().getTemplate().getSpec().getContainers().get(0);

		assertThat(steward.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(steward.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
		assertThat(steward.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
	}

	@Test
	void givesThePreStopPauseAndSpringsShutdownPhaseTimeToFinish() {
		PodSpec pod = baseDeployment().getSpec().getTemplate().getSpec();
		List<String> preStop = pod.getContainers().get(0).getLifecycle().getPreStop().getExec().getCommand();

		assertThat(preStop.get(0)).isEqualTo("sleep");
		assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(30L + Long.parseLong(preStop.get(1)));
	}

	@Test
	void takesEverySecretFromTheSecret() {
		for (Path file : KubernetesManifests.resourceFiles()) {
			for (HasMetadata resource : KubernetesManifests.read(file)) {
				if (resource instanceof Deployment deployment) {
					deployment.getSpec().getTemplate().getSpec().getContainers().stream()
						.flatMap((container) -> container.getEnv().stream())
						.filter((env) -> env.getName().matches(".*(TOKEN|SECRET|PASSWORD|USERNAME).*"))
						.forEach((env) -> assertThat(env.getValueFrom().getSecretKeyRef().getName())
							.as(file + " " + env.getName()).isEqualTo("steward-secrets"));
				}
			}
		}
	}

	@Test
	void everyReferenceInTheBaseFindsItsTarget() {
		List<HasMetadata> base = new ArrayList<>();
		KubernetesManifests.resourceFiles().stream().filter((file) -> file.startsWith(BASE))
			.forEach((file) -> base.addAll(KubernetesManifests.read(file)));
		Deployment deployment = deployment(base);
		Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
		List<String> portNames = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().stream()
			.map(ContainerPort::getName).toList();
		Service service = only(base, Service.class);

		assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels())
			.containsAllEntriesOf(service.getSpec().getSelector())
			.containsAllEntriesOf(only(base, PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels())
			.containsAllEntriesOf(only(base, NetworkPolicy.class).getSpec().getPodSelector().getMatchLabels());
		assertThat(portNames).contains(service.getSpec().getPorts().get(0).getTargetPort().getStrVal());
		assertThat(only(base, HorizontalPodAutoscaler.class).getSpec().getScaleTargetRef().getName())
			.isEqualTo(deployment.getMetadata().getName());
		only(base, Ingress.class).getSpec().getRules().forEach((rule) -> rule.getHttp().getPaths()
			.forEach((path) -> assertThat(path.getBackend().getService().getName())
				.isEqualTo(service.getMetadata().getName())));
	}

	@Test
	void rendersTheSingleOverlayAsOneReplicaOnAnEmbeddedFileWithoutAnAutoscaler() throws Exception {
		List<HasMetadata> rendered = render("single");
		Container steward = deployment(rendered).getSpec().getTemplate().getSpec().getContainers().get(0);

		assertThat(deployment(rendered).getSpec().getReplicas()).isEqualTo(1);
		assertThat(deployment(rendered).getSpec().getStrategy().getType()).isEqualTo("Recreate");
		assertThat(env(steward, "STEWARD_STORAGE_ALLOW_EMBEDDED").getValue()).isEqualTo("true");
		assertThat(env(steward, "SPRING_DATASOURCE_URL").getValue()).startsWith("jdbc:h2:file:/data/");
		assertThat(steward.getVolumeMounts()).anySatisfy((mount) -> assertThat(mount.getMountPath()).isEqualTo("/data"));
		assertThat(rendered).noneMatch(HorizontalPodAutoscaler.class::isInstance);
	}

	@Test
	void rendersTheHaOverlayAsSeveralReplicasOnTheSecretsDatabase() throws Exception {
		List<HasMetadata> rendered = render("ha");
		Container steward = deployment(rendered).getSpec().getTemplate().getSpec().getContainers().get(0);

		assertThat(env(steward, "SPRING_DATASOURCE_URL").getValueFrom().getSecretKeyRef().getKey())
			.isEqualTo("SPRING_DATASOURCE_URL");
		assertThat(steward.getEnv()).noneMatch((env) -> env.getName().equals("STEWARD_STORAGE_ALLOW_EMBEDDED"));
		assertThat(rendered).filteredOn(HorizontalPodAutoscaler.class::isInstance)
			.singleElement()
			.satisfies((hpa) -> assertThat(((HorizontalPodAutoscaler) hpa).getSpec().getMinReplicas()).isGreaterThan(1));
	}

	/** The overlay as kustomize builds it, read strictly; skipped where kubectl is not installed. */
	private static List<HasMetadata> render(String overlay) throws IOException, InterruptedException {
		assumeThat(kubectlInstalled()).as("kubectl on PATH").isTrue();
		Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay(overlay).toString()).start();
		String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String errors = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(kubectl.exitValue()).as(errors).isZero();
		return KubernetesManifests.parse(yaml, "kubectl kustomize " + overlay);
	}

	private static boolean kubectlInstalled() {
		String path = System.getenv().getOrDefault("PATH", "");
		for (String dir : path.split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, "kubectl"))) {
				return true;
			}
		}
		return false;
	}

	private static <T extends HasMetadata> T only(List<HasMetadata> resources, Class<T> kind) {
		List<T> matching = resources.stream().filter(kind::isInstance).map(kind::cast).toList();
		assertThat(matching).as(kind.getSimpleName()).hasSize(1);
		return matching.get(0);
	}

	private static Deployment baseDeployment() {
		return deployment(KubernetesManifests.read(BASE.resolve("deployment.yaml")));
	}

	private static Deployment deployment(List<HasMetadata> resources) {
		return resources.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
			.findFirst().orElseThrow();
	}

	private static EnvVar env(Container container, String name) {
		return container.getEnv().stream().filter((env) -> env.getName().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " in the container's env"));
	}

	private static Path overlay(String name) {
		assertThat(OVERLAYS).contains(name);
		return KubernetesManifests.ROOT.resolve("overlays").resolve(name);
	}

	@SuppressWarnings("unchecked")
	private static List<String> references(Map<String, Object> kustomization) {
		List<String> references = new ArrayList<>((List<String>) kustomization.getOrDefault("resources", List.of()));
		for (Map<String, Object> patch : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
			if (patch.get("path") instanceof String path) {
				references.add(path);
			}
		}
		return references;
	}

}
