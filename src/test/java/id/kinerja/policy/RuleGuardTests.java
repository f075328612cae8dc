package id.kinerja.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.PackageDescr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static id.kinerja.policy.PolicyCompilerTests.NATIONAL_AWARD;
import static id.kinerja.policy.PolicyCompilerTests.employee;
import static id.kinerja.policy.PolicyCompilerTests.national;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hostile corpus ({@code src/test/resources/hostile/}): each file marked {@code // ditolak} is refused at
 * that line before anything of it runs (none of them leaves its marker file or system property); each file
 * whose first line reads {@code // dihentikan: <limit>} passes the guard and is stopped by that limit.
 */
class RuleGuardTests {

	private static final String MARKER = "kinerja.hostile";

	private final PolicyCompiler compiler = new PolicyCompiler(EngineSettings.DEFAULTS);

	@TempDir
	Path markers;

	@AfterEach
	void clearMarker() {
		System.clearProperty(MARKER);
	}

	static List<String> refusedFiles() {
		return HostileFiles.names().stream().filter(name -> HostileFiles.stoppedBy(name) == null).toList();
	}

	@Test
	void theCorpusHoldsEveryKindOfAttack() {
		assertThat(HostileFiles.names()).hasSizeGreaterThanOrEqualTo(55);
	}

	@ParameterizedTest
	@MethodSource("refusedFiles")
	void aHostileFileIsRefusedAtItsLineAndNothingOfItRuns(String name) throws IOException {
		PolicyFile file = national("rules/" + name, hostile(name));

		assertThatThrownBy(() -> compiler.compile(null, List.of(file)).evaluate(null, List.of(employee())))
			.isInstanceOfSatisfying(InvalidPolicy.class, ex -> assertThat(ex.problems()).anySatisfy(problem -> {
				assertThat(problem.file()).isEqualTo("rules/" + name);
				assertThat(problem.line()).isEqualTo(HostileFiles.refusedLine(file.content()));
				assertThat(problem.column()).isPositive();
			}));
		try (Stream<Path> written = Files.list(markers)) {
			assertThat(written).isEmpty();
		}
		assertThat(System.getProperty(MARKER)).isNull();
	}

	@Test
	void rulesThatLoopWithAllowedConstructsPassTheGuardAndAreStoppedByTheFiringCap() throws IOException {
		for (String name : List.of("endless.drl", "insert-loop.drl")) {
			PolicyFile endless = national("rules/" + name, hostile(name));
			assertThat(RuleGuard.check(endless, parse(endless))).as(name).isEmpty();
			CompiledPolicy looping = compiler.compile(null, List.of(endless));

			assertThatThrownBy(() -> looping.evaluate(null, List.of(employee()))).as(name)
				.isInstanceOf(RunawayPolicy.class);
		}
		CompiledPolicy good = compiler.compile(null, List.of(national("rules/a.drl", NATIONAL_AWARD)));
		assertThat(good.evaluate(null, List.of(employee())).get(0).awards()).singleElement()
			.satisfies(award -> assertThat(award.code()).isEqualTo("NASIONAL"));
	}

	@Test
	void textThatDoublesAtEveryFiringIsStoppedByTheConclusionsBoundBeforeItFillsTheMemory() throws IOException {
		PolicyFile doubling = national("rules/string-doubling.drl", hostile("string-doubling.drl"));
		CompiledPolicy policy = compiler.compile(null, List.of(doubling));

		assertThatThrownBy(() -> policy.evaluate(null, List.of(employee()))).isInstanceOf(PolicyFailed.class)
			.hasMessageContaining("Kode berlipat");
	}

	@Test
	void everyShippedRuleFileIsAccepted() {
		for (List<PolicyFile> files : shippedPolicies()) {
			for (PolicyFile file : files) {
				if (file.isRules()) {
					assertThat(RuleText.check(file)).as(file.path()).isEmpty();
					assertThat(RuleGuard.check(file, parse(file))).as(file.path()).isEmpty();
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "rule \"a\" dialect \"mvel\" when then end",
			"rule \"a\" when $e : Employee( $c : getClass() ) then end",
			"rule \"a\" when $e : Employee( agency == String.class.getName() ) then end",
			"rule \"a\" when $n : Number() from accumulate( Indicator( $w : weight ), init( double t = 0; ) action( t += $w; ) result( t ) ) then end",
			"rule \"a\" when then insert( new java.util.ArrayList() ); end",
			"rule \"a\" when Employee( $r : rank ) then String s = $r; s.chars().forEach( Thread::sleep ); end",
			"rule \"a\" when then Objects.requireNonNull( null ); ProcessHandle.current().destroy(); end",
			"rule \"a\" when Employee( $nip : nip ) then insertLogical( new WorkScore( $nip, 1 ) ); end",
			"rule \"a\" when Employee( $nip : nip ) then if ( true ) { insert( new WorkScore( $nip, 1 ) ); } end",
			"rule \"a\" when Employee( $nip : nip, $n : name ) then insert( new Award( $nip, $n.repeat( 9 ), \"x\" ) ); end",
			"rule \"a\" when Employee( $nip : nip ) then insert( new WorkScore( $nip, ++$x ) ); end",
			"rule \"a\" extends \"b\" when then end", "query \"q\" Employee() end",
			"declare Rahasia nilai : String end", "rule \"a\" @Propagation(IMMEDIATE) when then end" })
	void otherWaysOutAreRefused(String text) {
		PolicyFile file = national("rules/a.drl", text);

		assertThat(problems(file)).isNotEmpty();
	}

	@Test
	void whatAPolicyNeedsPasses() {
		PolicyFile file = national("rules/a.drl", """
				rule "Skor akhir"
				    salience 10
				    no-loop true
				when
				    Parameter( name == "bobot", $bobot : value )
				    $e : Employee( $nip : nip, indicators.size() > 0, jobTitle in ( "Guru", "Dokter" ),
				                   rank str[startsWith] "III", !unitHead || organisationRating == null,
				                   lowestScoreBy( Assessor.SUPERVISOR ) >= 3, name.toUpperCase().length() > 1 )
				    not ( WorkScore( nip == $nip ) )
				    exists ( Indicator( code == "X", realisation >= target * $bobot / 100 ) from $e.indicators() )
				    accumulate( $i : Indicator( $w : weight ) from $e.indicators();
				                $s : sum( $w * $i.achievement( 120, 10 ) ), $n : count( $i ); $n > 0 )
				    PredikatKinerja( this.nip == $nip, predikat in ( Predikat.BAIK, Predikat.SANGAT_BAIK ) )
				then
				    insert( new FinalScore( $nip, Math.max( 0, Math.round( ((Number) $s).doubleValue() * $bobot ) / 100.0 ) ) );
				    insert( new Training( $nip, "KODE_" + $nip, $n > 1 ? "banyak" : "satu", 8, "alasan " + Rating.SESUAI_EKSPEKTASI ) );
				end
				""");

		assertThat(problems(file)).isEmpty();
	}

	@Test
	void aRefusalNamesTheConstructAtItsPlaceInBothLanguages() {
		PolicyFile file = national("rules/a.drl", "rule \"a\"\nwhen\n    Employee( $nip : nip )\nthen\n    System.exit( 1 );\nend\n");

		assertThat(problems(file)).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(5);
			assertThat(problem.column()).isEqualTo(5);
			assertThat(problem.code()).isEqualTo("guard.then");
			assertThat(problem.message()).startsWith("bagian then hanya menyisipkan kesimpulan").contains("System.exit( 1 )");
			assertThat(problem.in(Locale.ENGLISH).message()).startsWith("the then part only inserts conclusions")
				.contains("System.exit( 1 )");
		});
	}

	@Test
	void aMemberIsFoundAtItsColumn() {
		PolicyFile file = national("rules/a.drl",
				"rule \"a\"\nwhen\n    Employee( $nip : nip, name.getClass() != null )\nthen\nend\n");

		assertThat(problems(file)).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo("    Employee( $nip : nip, name.".length() + 1);
			assertThat(problem.message()).contains("String.getClass");
		});
	}

	@Test
	void theFactPackageIsScanned() {
		assertThat(FactModel.FACT_TYPES).containsKeys("Employee", "WorkScore", "Rating", "Parameter")
			.doesNotContainKey("Texts");
		assertThat(FactModel.CONCLUSIONS).contains("WorkScore", "Award").doesNotContain("Employee", "Conclusion");
	}

	/** The national baseline alone, then each region's policy, as shipped. */
	static List<List<PolicyFile>> shippedPolicies() {
		PolicySources sources = new PolicySources(Path.of("."));
		List<List<PolicyFile>> policies = new ArrayList<>();
		policies.add(sources.read(null));
		sources.regions().forEach(region -> policies.add(sources.read(region)));
		return policies;
	}

	private List<PolicyProblem> problems(PolicyFile file) {
		List<PolicyProblem> problems = new ArrayList<>(RuleText.check(file));
		if (problems.isEmpty()) {
			PackageDescr descr = PolicyCompiler.parse(file, problems);
			if (descr != null) {
				problems.addAll(RuleGuard.check(file, descr));
			}
		}
		return problems;
	}

	private String hostile(String name) throws IOException {
		return HostileFiles.read(name).replace("MARKER_DIR", markers.toString()).replace("MARKER", MARKER);
	}

	private static PackageDescr parse(PolicyFile file) {
		List<PolicyProblem> problems = new ArrayList<>();
		PackageDescr descr = PolicyCompiler.parse(file, problems);
		assertThat(problems).as(file.path()).isEmpty();
		return descr;
	}

}
