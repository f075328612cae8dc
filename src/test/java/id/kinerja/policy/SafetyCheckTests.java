package id.kinerja.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.PackageDescr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static id.kinerja.policy.PolicyCompilerTests.NATIONAL_AWARD;
import static id.kinerja.policy.PolicyCompilerTests.employee;
import static id.kinerja.policy.PolicyCompilerTests.national;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile rule files (in {@code src/test/resources/hostile/}) are refused at the line marked
 * {@code // ditolak} and nothing of them runs: each would leave a marker file or a system property.
 */
class SafetyCheckTests {

	private static final String MARKER = "kinerja.hostile";

	private final PolicyCompiler compiler = new PolicyCompiler(EngineSettings.DEFAULTS);

	@TempDir
	Path markers;

	@AfterEach
	void clearMarker() {
		System.clearProperty(MARKER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "exit.drl", "runtime-exec.drl", "files-write.drl", "file-writer.drl", "class-for-name.drl",
			"class-loader.drl", "invoke.drl", "import.drl", "function.drl", "global.drl", "kie-runtime.drl", "thread.drl",
			"while-loop.drl", "lambda.drl", "qualified-eval.drl" })
	void aHostileFileIsRefusedAtItsLineAndNothingOfItRuns(String name) throws IOException {
		PolicyFile file = national("rules/" + name, hostile(name));

		assertThatThrownBy(() -> compiler.compile(null, List.of(file)).evaluate(null, List.of(employee())))
			.isInstanceOfSatisfying(InvalidPolicy.class, ex -> assertThat(ex.problems())
				.anySatisfy(problem -> {
					assertThat(problem.file()).isEqualTo("rules/" + name);
					assertThat(problem.line()).isEqualTo(refusedLine(file));
					assertThat(problem.column()).isPositive();
				}));
		try (Stream<Path> written = Files.list(markers)) {
			assertThat(written).isEmpty();
		}
		assertThat(System.getProperty(MARKER)).isNull();
	}

	@Test
	void aRuleSetThatLoopsWithAllowedConstructsPassesTheCheckAndIsStoppedByTheFiringCap() throws IOException {
		PolicyFile endless = national("rules/endless.drl", hostile("endless.drl"));
		assertThat(SafetyCheck.check(endless, parse(endless))).isEmpty();
		CompiledPolicy looping = compiler.compile(null, List.of(endless));

		assertThatThrownBy(() -> looping.evaluate(null, List.of(employee()))).isInstanceOf(RunawayPolicy.class);

		CompiledPolicy good = compiler.compile(null, List.of(national("rules/a.drl", NATIONAL_AWARD)));
		assertThat(good.evaluate(null, List.of(employee())).get(0).awards()).singleElement()
			.satisfies(award -> assertThat(award.code()).isEqualTo("NASIONAL"));
	}

	@Test
	void everyShippedRuleFileIsSafe() {
		for (List<PolicyFile> files : shippedPolicies()) {
			for (PolicyFile file : files) {
				if (file.isRules()) {
					assertThat(SafetyCheck.check(file, parse(file))).as(file.path()).isEmpty();
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "rule \"a\" dialect \"mvel\" when then end",
			"rule \"a\" timer (int: 1s) when then end",
			"rule \"a\" when $e : Employee( $c : getClass() ) then end",
			"rule \"a\" when $e : Employee( agency == String.class.getName() ) then end",
			"rule \"a\" when $n : Number() from accumulate( Indicator( $w : weight ), init( double t = 0; ) action( t += $w; ) result( t ) ) then end",
			"rule \"a\" when then insert( new java.util.ArrayList() ); end",
			"rule \"a\" when then // \\u000a System.exit(1);\nend",
			"rule \"a\" when Employee( $r : rank ) then String s = $r; s.chars().forEach( Thread::sleep ); end",
			"rule \"a\" when then kcontext.getKieRuntime(); end",
			"rule \"a\" when Employee( Rating.DI_ATAS_EKSPEKTASI.getDeclaringClass() != null ) then end",
			"rule \"a\" when then Objects.requireNonNull( null ); ProcessHandle.current().destroy(); end",
			"rule \"a\" when then rule ProcessHandle.current(); end",
			"query \"q\" Employee() end",
			"declare Rahasia nilai : String end" })
	void otherWaysOutAreRefused(String text) {
		PolicyFile file = national("rules/a.drl", text);

		assertThat(SafetyCheck.check(file, parse(file))).isNotEmpty();
	}

	@Test
	void localVariablesCastsAndAllowedValueTypesPass() {
		PolicyFile file = national("rules/a.drl", """
				rule "Skor akhir"
				when
				    Parameter( name == "bobot", $bobot : value )
				    $e : Employee( $nip : nip, indicators.size() > 0 )
				    accumulate( Indicator( $w : weight ) from $e.indicators(); $s : sum( $w ) )
				then
				    double total = ((Number) $s).doubleValue() * $bobot / 100;
				    BigDecimal dibulatkan = new BigDecimal( total ).setScale( 2, RoundingMode.HALF_UP );
				    insert( new FinalScore( $nip, Math.max( 0, dibulatkan.doubleValue() ) ) );
				end
				""");

		assertThat(SafetyCheck.check(file, parse(file))).isEmpty();
	}

	@Test
	void theProblemNamesTheWordAndWhatIsAllowed() {
		PolicyFile file = national("rules/a.drl", "rule \"a\"\nwhen\nthen\n    System.exit( 1 );\nend\n");

		assertThat(SafetyCheck.check(file, parse(file))).containsExactly(new PolicyProblem("rules/a.drl", 4, 5,
				"System tidak boleh dipakai di berkas aturan: " + SafetyCheck.ALLOWED));
	}

	@Test
	void theFactPackageIsScanned() {
		assertThat(FactModel.FACT_TYPES).containsKeys("Employee", "WorkScore", "Rating", "Parameter");
		assertThat(FactModel.CONCLUSIONS).contains("WorkScore", "Award").doesNotContain("Employee", "Conclusion");
		assertThat(FactModel.MEMBERS).contains("indicators", "min", "SANGAT_BAIK").doesNotContain("getClass", "add");
	}

	/** The national baseline alone, then each region's policy, as shipped. */
	static List<List<PolicyFile>> shippedPolicies() {
		PolicySources sources = new PolicySources(Path.of("."));
		List<List<PolicyFile>> policies = new ArrayList<>();
		policies.add(sources.read(null));
		sources.regions().forEach(region -> policies.add(sources.read(region)));
		return policies;
	}

	private String hostile(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/hostile/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("MARKER_DIR", markers.toString())
				.replace("MARKER", MARKER);
		}
	}

	private static int refusedLine(PolicyFile file) {
		List<String> lines = file.content().lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("// ditolak")) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(file.path() + " has no line marked // ditolak");
	}

	private static PackageDescr parse(PolicyFile file) {
		List<PolicyProblem> problems = new ArrayList<>();
		PackageDescr descr = PolicyCompiler.parse(file, problems);
		assertThat(problems).as(file.path()).isEmpty();
		return descr;
	}

}
