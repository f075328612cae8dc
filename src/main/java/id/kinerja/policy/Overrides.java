package id.kinerja.policy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parameter values a what-if sets: region-wide ({@code name}) and per agency ({@code agency/name}),
 * each checked against the range its policy file declares.
 */
final class Overrides {

	private final Map<String, Double> everywhere;

	private final Map<String, Map<String, Double>> perAgency;

	private Overrides(Map<String, Double> everywhere, Map<String, Map<String, Double>> perAgency) {
		this.everywhere = everywhere;
		this.perAgency = perAgency;
	}

	static Overrides parse(Map<String, Double> overrides, Set<String> agencies, Collection<PolicyScope> scopes,
			List<OverrideProblem> problems) {
		Map<String, Double> everywhere = new TreeMap<>();
		Map<String, Map<String, Double>> perAgency = new TreeMap<>();
		new TreeMap<>(overrides).forEach((key, value) -> {
			int slash = key.indexOf('/');
			String agency = slash < 0 ? null : key.substring(0, slash);
			String name = key.substring(slash + 1);
			if (agency != null && !agencies.contains(agency)) {
				problems.add(new OverrideProblem(key, "OPD '" + agency + "' tidak punya parameter sendiri; tulis tanpa awalan OPD"));
				return;
			}
			String reason = check(name, value, scopes);
			if (reason != null) {
				problems.add(new OverrideProblem(key, reason));
			}
			else if (agency == null) {
				everywhere.put(name, value);
			}
			else {
				perAgency.computeIfAbsent(agency, a -> new TreeMap<>()).put(name, value);
			}
		});
		return new Overrides(everywhere, perAgency);
	}

	private static String check(String name, Double value, Collection<PolicyScope> scopes) {
		ParameterDefinition definition = scopes.stream()
			.map(scope -> scope.parameters().get(name))
			.filter(d -> d != null)
			.findFirst()
			.orElse(null);
		if (definition == null) {
			return "parameter '" + name + "' tidak dikenal oleh kebijakan ini";
		}
		if (value == null || !definition.accepts(value)) {
			return "nilai " + value + " di luar rentang " + definition.min() + " sampai " + definition.max()
					+ " (" + definition.label() + ")";
		}
		return null;
	}

	PolicyScope apply(String agency, PolicyScope scope) {
		Map<String, Double> values = new HashMap<>(everywhere);
		if (agency != null) {
			values.putAll(perAgency.getOrDefault(agency, Map.of()));
		}
		return scope.withValues(values);
	}

	/** A short, stable mark of the values, so a what-if's version says which overrides it used. */
	String fingerprint() {
		Map<String, Object> all = new TreeMap<>(everywhere);
		perAgency.forEach((agency, values) -> values.forEach((name, value) -> all.put(agency + "/" + name, value)));
		return Integer.toHexString(all.toString().hashCode());
	}

}
