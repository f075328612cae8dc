package id.kinerja.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code parameters.yml} of each layer and merges them: national ← region ← agency. A layer
 * declares a parameter with a mapping ({@code label}, {@code value}, {@code min}, {@code max}, optionally
 * {@code source} and {@code basis}) or overrides one declared below it with a plain number.
 */
final class ParameterFiles {

	private ParameterFiles() {
	}

	/** Merges the parameter files in layer order; problems are added to {@code problems}. */
	static Map<String, ParameterDefinition> merge(List<PolicyFile> files, List<PolicyProblem> problems) {
		Map<String, ParameterDefinition> merged = new LinkedHashMap<>();
		for (PolicyFile file : files) {
			if (file.isParameters()) {
				read(file, merged, problems);
			}
		}
		return merged;
	}

	private static void read(PolicyFile file, Map<String, ParameterDefinition> merged, List<PolicyProblem> problems) {
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(file.content()));
		}
		catch (MarkedYAMLException ex) {
			problems.add(PolicyProblem.of(file.path(), ex.getProblemMark().getLine() + 1,
					ex.getProblemMark().getColumn() + 1, "parameter.yaml", ex.getProblem()));
			return;
		}
		if (root == null) {
			return;
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.add(problem(file, root, "parameter.mapping"));
			return;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String name = ((ScalarNode) tuple.getKeyNode()).getValue();
			Node value = tuple.getValueNode();
			if (value instanceof ScalarNode scalar) {
				override(file, name, scalar, merged, problems);
			}
			else if (value instanceof MappingNode declaration) {
				declare(file, name, declaration, merged, problems);
			}
			else {
				problems.add(problem(file, value, "parameter.shape", name));
			}
		}
	}

	private static void override(PolicyFile file, String name, ScalarNode node, Map<String, ParameterDefinition> merged,
			List<PolicyProblem> problems) {
		ParameterDefinition declared = merged.get(name);
		if (declared == null) {
			problems.add(problem(file, node, "parameter.undeclared", name));
			return;
		}
		Double value = number(file, node, name, problems);
		if (value != null && inRange(file, node, declared, value, problems)) {
			merged.put(name, declared.withValue(value, file.layer(), file.path()));
		}
	}

	private static void declare(PolicyFile file, String name, MappingNode node, Map<String, ParameterDefinition> merged,
			List<PolicyProblem> problems) {
		Map<String, ScalarNode> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : node.getValue()) {
			if (tuple.getValueNode() instanceof ScalarNode scalar) {
				fields.put(((ScalarNode) tuple.getKeyNode()).getValue(), scalar);
			}
		}
		List<String> missing = new ArrayList<>();
		for (String required : List.of("label", "value", "min", "max")) {
			if (!fields.containsKey(required)) {
				missing.add(required);
			}
		}
		if (!missing.isEmpty()) {
			problems.add(problem(file, node, "parameter.incomplete", name, String.join(", ", missing)));
			return;
		}
		Double value = number(file, fields.get("value"), name, problems);
		Double min = number(file, fields.get("min"), name, problems);
		Double max = number(file, fields.get("max"), name, problems);
		if (value == null || min == null || max == null) {
			return;
		}
		if (min > max) {
			problems.add(problem(file, node, "parameter.min-max", name));
			return;
		}
		ParameterSource source = source(file, fields.get("source"), name, problems);
		ParameterDefinition definition = new ParameterDefinition(name, fields.get("label").getValue(), value, min, max,
				file.layer(), file.path(), source, fields.containsKey("basis") ? fields.get("basis").getValue() : null);
		if (inRange(file, fields.get("value"), definition, value, problems)) {
			merged.put(name, definition);
		}
	}

	/** The declared source, if any; an unknown word is a problem naming the known ones. */
	private static ParameterSource source(PolicyFile file, ScalarNode node, String name, List<PolicyProblem> problems) {
		if (node == null) {
			return null;
		}
		return ParameterSource.of(node.getValue().strip()).orElseGet(() -> {
			problems.add(problem(file, node, "parameter.source", name, node.getValue()));
			return null;
		});
	}

	private static Double number(PolicyFile file, ScalarNode node, String name, List<PolicyProblem> problems) {
		try {
			return Double.valueOf(node.getValue().trim());
		}
		catch (NumberFormatException ex) {
			problems.add(problem(file, node, "parameter.number", name, node.getValue()));
			return null;
		}
	}

	private static boolean inRange(PolicyFile file, Node node, ParameterDefinition definition, double value,
			List<PolicyProblem> problems) {
		if (definition.accepts(value)) {
			return true;
		}
		problems.add(problem(file, node, "parameter.range", definition.name(), value, definition.min(),
				definition.max()));
		return false;
	}

	/** A problem at a node, its text from the bundle ({@code parameter.*} in policy-problems.properties). */
	private static PolicyProblem problem(PolicyFile file, Node node, String code, Object... arguments) {
		return PolicyProblem.of(file.path(), node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1,
				code, arguments);
	}

}
