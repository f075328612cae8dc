package id.kinerja.policy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a policy: the national baseline, a region's files and its agencies' files. A rule of a more
 * specific layer replaces the rule of the same name below it, so a region file states only what differs
 * from the national baseline and an agency file only what differs from its region. One knowledge base
 * is built for the region and one for each agency that has files of its own.
 */
final class PolicyCompiler {

	/** Every rule file shares one package, so rule names are unique across layers and can override. */
	static final String RULE_PACKAGE = "kinerja";

	static final String FACT_PACKAGE = "id.kinerja.policy.fact";

	private final EngineSettings settings;

	PolicyCompiler(EngineSettings settings) {
		this.settings = settings;
	}

	CompiledPolicy compile(String region, List<PolicyFile> files) {
		List<PolicyProblem> problems = new ArrayList<>();
		Map<String, PackageDescr> parsed = parseAll(files, problems);
		checkDuplicateNames(files, parsed, problems);
		// rule files are untrusted code: only what the guard allows is compiled, and nothing else of the file runs
		files.stream()
			.filter(file -> parsed.containsKey(file.path()))
			.forEach(file -> problems.addAll(RuleGuard.check(file, parsed.get(file.path()))));
		if (!problems.isEmpty()) {
			throw new InvalidPolicy(displayName(region), problems);
		}
		Map<String, PolicyScope> scopes = new LinkedHashMap<>();
		Map<String, List<String>> ruleNames = new HashMap<>();
		parsed.forEach((path, descr) -> ruleNames.put(path, descr.getRules().stream().map(RuleDescr::getName).toList()));
		// the region's scope first, then one per agency with files of its own; built in parallel
		List<String> agencies = new ArrayList<>(agencies(files));
		List<PolicyProblem> found = Collections.synchronizedList(problems);
		List<PolicyScope> built = EngineThreads.run(() -> IntStream.rangeClosed(0, agencies.size())
			.parallel()
			.mapToObj(i -> buildScope(scopeFiles(files, i == 0 ? null : agencies.get(i - 1)), ruleNames, found))
			.toList());
		for (int i = 0; i < agencies.size(); i++) {
			scopes.put(agencies.get(i), built.get(i + 1));
		}
		PolicyScope regionScope = built.get(0);
		if (!problems.isEmpty()) {
			// a problem in a shared lower layer shows up once per scope: report it once
			throw new InvalidPolicy(displayName(region), problems.stream()
				.distinct()
				.sorted(Comparator.comparing(PolicyProblem::file).thenComparingInt(PolicyProblem::line))
				.toList());
		}
		return new CompiledPolicy(region, version(files), files, regionScope, scopes, settings);
	}

	private static String displayName(String region) {
		return region == null ? "the national baseline" : region;
	}

	private Map<String, PackageDescr> parseAll(List<PolicyFile> files, List<PolicyProblem> problems) {
		Map<String, PackageDescr> parsed = new HashMap<>();
		for (PolicyFile file : files) {
			List<PolicyProblem> text = file.isRules() ? RuleText.check(file) : List.of();
			problems.addAll(text);
			if (file.isRules() && text.isEmpty()) {
				PackageDescr descr = parse(file, problems);
				if (descr != null) {
					parsed.put(file.path(), descr);
				}
			}
		}
		return parsed;
	}

	static PackageDescr parse(PolicyFile file, List<PolicyProblem> problems) {
		DrlParser parser = new DrlParser();
		try {
			PackageDescr descr = parser.parse(new StringReader(file.content()));
			if (parser.hasErrors() || descr == null) {
				for (DroolsError error : parser.getErrors()) {
					problems.add(parserProblem(file, error));
				}
				if (problems.isEmpty()) {
					problems.add(new PolicyProblem(file.path(), 1, 1, "berkas aturan tidak dapat dibaca"));
				}
				return null;
			}
			return descr;
		}
		catch (DroolsParserException ex) {
			problems.add(CompilerMessages.problem(file.path(), Math.max(ex.getLineNumber(), 1), ex.getColumn(),
					ex.getMessage()));
			return null;
		}
	}

	private static PolicyProblem parserProblem(PolicyFile file, DroolsError error) {
		if (error instanceof ParserError parserError) {
			return CompilerMessages.problem(file.path(), Math.max(parserError.getRow(), 1), parserError.getCol() + 1,
					parserError.getMessage());
		}
		int[] lines = error.getLines();
		return CompilerMessages.problem(file.path(), lines.length > 0 ? lines[0] : 0, 0, error.getMessage());
	}

	/** Two rules of the same name in one layer (and agency) would silently replace each other. */
	private static void checkDuplicateNames(List<PolicyFile> files, Map<String, PackageDescr> parsed,
			List<PolicyProblem> problems) {
		Map<String, String> seen = new HashMap<>();
		for (PolicyFile file : files) {
			PackageDescr descr = parsed.get(file.path());
			if (descr == null) {
				continue;
			}
			for (RuleDescr rule : descr.getRules()) {
				String key = file.layer() + "/" + file.agency() + "/" + rule.getName();
				String earlier = seen.putIfAbsent(key, file.path());
				if (earlier != null) {
					problems.add(new PolicyProblem(file.path(), rule.getLine(), rule.getColumn() + 1,
							"aturan \"" + rule.getName() + "\" sudah ada di " + earlier
									+ " pada lapisan yang sama; beri nama lain"));
				}
			}
		}
	}

	private static Set<String> agencies(List<PolicyFile> files) {
		Set<String> agencies = new TreeSet<>();
		for (PolicyFile file : files) {
			if (file.layer() == Layer.AGENCY) {
				agencies.add(file.agency());
			}
		}
		return agencies;
	}

	private static List<PolicyFile> scopeFiles(List<PolicyFile> files, String agency) {
		return files.stream()
			.filter(file -> file.layer() != Layer.AGENCY || file.agency().equals(agency))
			.toList();
	}

	private PolicyScope buildScope(List<PolicyFile> files, Map<String, List<String>> ruleNames,
			List<PolicyProblem> problems) {
		Map<String, ParameterDefinition> parameters = ParameterFiles.merge(files, problems);
		List<PolicyProblem> local = new ArrayList<>();
		Map<String, FiredRule> origins = new HashMap<>();
		List<Resource> resources = new ArrayList<>();
		Map<String, Layer> winners = mostSpecificLayer(files, ruleNames);
		for (PolicyFile file : files) {
			if (!file.isRules()) {
				continue;
			}
			// parsed again on purpose: building a knowledge base changes the descriptors, so each scope needs its own
			PackageDescr descr = parse(file, local);
			if (descr == null) {
				continue;
			}
			descr.getRules().removeIf(rule -> winners.get(rule.getName()) != file.layer());
			descr.getRules().forEach(rule -> origins.put(rule.getName(), new FiredRule(rule.getName(), file.path(), file.layer())));
			resources.add(normalised(descr, file));
		}
		problems.addAll(local);
		if (!local.isEmpty()) {
			return null;
		}
		KieBase kieBase = build(resources, problems);
		if (kieBase == null) {
			return null;
		}
		return new PolicyScope(new LocalEngine(kieBase, new RuleOrigins(origins)), parameters);
	}

	private static Map<String, Layer> mostSpecificLayer(List<PolicyFile> files, Map<String, List<String>> ruleNames) {
		Map<String, Layer> winners = new HashMap<>();
		for (PolicyFile file : files) {
			for (String rule : ruleNames.getOrDefault(file.path(), List.of())) {
				winners.merge(rule, file.layer(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
			}
		}
		return winners;
	}

	private static Resource normalised(PackageDescr descr, PolicyFile file) {
		descr.setName(RULE_PACKAGE);
		descr.setNamespace(RULE_PACKAGE);
		descr.addImport(new ImportDescr(FACT_PACKAGE + ".*"));
		Resource resource = ResourceFactory.newDescrResource(descr);
		resource.setSourcePath(file.path());
		return resource;
	}

	private static KieBase build(List<Resource> resources, List<PolicyProblem> problems) {
		KnowledgeBuilder builder = KnowledgeBuilderFactory
			.newKnowledgeBuilder(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, KnownClasses.INSTANCE));
		for (Resource resource : resources) {
			builder.add(resource, ResourceType.DESCR);
		}
		if (builder.hasErrors()) {
			for (KnowledgeBuilderResult error : builder.getErrors()) {
				problems.add(compilerProblem(error));
			}
			return null;
		}
		return builder.newKieBase();
	}

	private static PolicyProblem compilerProblem(KnowledgeBuilderResult error) {
		String file = error.getResource() != null ? error.getResource().getSourcePath() : "?";
		int[] lines = error.getLines();
		return CompilerMessages.problem(file, lines.length > 0 ? Math.max(lines[0], 0) : 0, 0, error.getMessage());
	}

	static String version(List<PolicyFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (PolicyFile file : files) {
				digest.update(file.path().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.content().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
