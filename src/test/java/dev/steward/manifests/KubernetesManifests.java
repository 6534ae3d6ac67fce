package dev.steward.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads Kubernetes YAML into fabric8's API model strictly: an unknown kind, an unknown field or a value of the wrong
 * type is an error naming the file and the field.
 */
final class KubernetesManifests {

	static final Path ROOT = Path.of("manifests/kubernetes");

	private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
			"apps/v1 Deployment", Deployment.class,
			"v1 Service", Service.class,
			"v1 PersistentVolumeClaim", PersistentVolumeClaim.class,
			"policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
			"autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
			"networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class,
			"networking.k8s.io/v1 Ingress", Ingress.class);

	// fabric8's classes keep unknown fields in additionalProperties (a @JsonAnySetter), so Jackson's
	// FAIL_ON_UNKNOWN_PROPERTIES alone lets them through: strict() also walks the result for them.
	private static final ObjectMapper MAPPER = new ObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

	private KubernetesManifests() {
	}

	/** Every YAML file under the root but the kustomizations, which are kustomize's, not the API's. */
	static List<Path> resourceFiles() {
		return yamlFiles().stream().filter((file) -> !isKustomization(file)).toList();
	}

	static List<Path> kustomizations() {
		return yamlFiles().stream().filter(KubernetesManifests::isKustomization).toList();
	}

	/** Each document of the file as the API model's class for its kind. */
	static List<HasMetadata> read(Path file) {
		try {
			return parse(Files.readString(file), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<HasMetadata> parse(String yaml, String source) {
		List<HasMetadata> resources = new ArrayList<>();
		for (Object document : yaml().loadAll(yaml)) {
			if (document != null) {
				resources.add(strict(document, source));
			}
		}
		return resources;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> readMap(Path file) {
		try {
			return (Map<String, Object>) yaml().load(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static HasMetadata strict(Object document, String source) {
		if (!(document instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException(source + ": a document that is not a mapping");
		}
		String type = map.get("apiVersion") + " " + map.get("kind");
		Class<? extends HasMetadata> kind = KINDS.get(type);
		if (kind == null) {
			throw new IllegalArgumentException(source + ": no API model for " + type + " (add it to KINDS)");
		}
		HasMetadata resource;
		try {
			resource = MAPPER.convertValue(map, kind);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(source + ": " + type + " does not match the API: " + ex.getMessage(), ex);
		}
		List<String> unknown = new ArrayList<>();
		collectUnknownFields(resource, type, unknown);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(source + ": fields the API does not know: " + unknown);
		}
		return resource;
	}

	private static void collectUnknownFields(Object value, String path, List<String> unknown) {
		if (value instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				collectUnknownFields(item, path + "[" + index++ + "]", unknown);
			}
		}
		else if (value instanceof Map<?, ?> entries) {
			entries.forEach((key, item) -> collectUnknownFields(item, path + "." + key, unknown));
		}
		else if (value != null && value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
			for (Method getter : value.getClass().getMethods()) {
				if (isProperty(getter)) {
					Object property = invoke(getter, value);
					if (getter.getName().equals("getAdditionalProperties")) {
						((Map<?, ?>) property).keySet().forEach((key) -> unknown.add(path + "." + key));
					}
					else {
						collectUnknownFields(property, path + "." + getter.getName().substring(3), unknown);
					}
				}
			}
		}
	}

	private static boolean isProperty(Method method) {
		return method.getName().startsWith("get") && method.getParameterCount() == 0
				&& !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class
				&& !method.getName().equals("getClass");
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Could not read " + getter, ex);
		}
	}

	private static Yaml yaml() {
		return new Yaml(new SafeConstructor(new LoaderOptions()));
	}

	private static boolean isKustomization(Path file) {
		return file.getFileName().toString().equals("kustomization.yaml");
	}

	private static List<Path> yamlFiles() {
		try (Stream<Path> files = Files.walk(ROOT)) {
			return files.filter((file) -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
