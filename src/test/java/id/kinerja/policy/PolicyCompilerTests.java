package id.kinerja.policy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Position;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Layering, problems with file and line, and the cap on endless rule sets, on small inline policies. */
class PolicyCompilerTests {

	static final String NATIONAL_AWARD = """
			rule "Penghargaan: teladan"
			when
			    Employee( $nip : nip )
			then
			    insert( new Award( $nip, "NASIONAL", "Teladan nasional" ) );
			end
			""";

	/** A rule that feeds itself: each work score makes the next one. */
	private static final String ENDLESS = """
			rule "Tanpa akhir"
			when
			    WorkScore( $nip : nip, $v : value )
			then
			    insert( new WorkScore( $nip, $v + 1 ) );
			end
			rule "Mulai"
			when
			    Employee( $nip : nip )
			then
			    insert( new WorkScore( $nip, 0 ) );
			end
			""";

	private final PolicyCompiler compiler = new PolicyCompiler(EngineSettings.DEFAULTS);

	@Test
	void aRuleOfAMoreSpecificLayerReplacesTheRuleOfTheSameNameOnlyWhereItApplies() {
		CompiledPolicy policy = compiler.compile("kota", List.of(national("rules/a.drl", NATIONAL_AWARD),
				agency("policies/kota/dinkes/a.drl", "dinkes", NATIONAL_AWARD.replace("NASIONAL", "DINKES"))));

		assertThat(awardOf(policy, "dinkes")).isEqualTo("DINKES");
		assertThat(awardOf(policy, "dishub")).isEqualTo("NASIONAL");
		assertThat(policy.evaluate("dinkes", List.of(employee())).get(0).firedRules())
			.containsExactly(new FiredRule("Penghargaan: teladan", "policies/kota/dinkes/a.drl", Layer.AGENCY));
	}

	@Test
	void aSyntaxErrorIsReportedWithItsFileAndLine() {
		String broken = NATIONAL_AWARD.replace("then", "");

		assertThatThrownBy(() -> compiler.compile("kota", List.of(national("rules/a.drl", NATIONAL_AWARD),
				region("policies/kota/kota.drl", broken))))
			.isInstanceOfSatisfying(InvalidPolicy.class, ex -> assertThat(ex.problems()).isNotEmpty()
				.allSatisfy(problem -> {
					assertThat(problem.file()).isEqualTo("policies/kota/kota.drl");
					assertThat(problem.line()).isBetween(1, 6);
				}));
	}

	@Test
	void aMissingThenIsExplainedInBothLanguagesAtItsLine() {
		InvalidPolicy refused = refused(NATIONAL_AWARD.replace("then", ""));

		assertThat(refused.problems()).first().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("compiler.mismatched");
			assertThat(problem.line()).isEqualTo(6);
			assertThat(problem.message()).startsWith("tidak terduga \"end\" di sini").contains("then sebelum bagian tindakan")
				.endsWith("Pesan kompiler: [ERR 102] Line 6:0 mismatched input 'end' in rule \"Penghargaan: teladan\"");
			assertThat(problem.in(Locale.ENGLISH).message()).startsWith("unexpected \"end\" here")
				.contains("then before the actions")
				.endsWith("Compiler message: [ERR 102] Line 6:0 mismatched input 'end' in rule \"Penghargaan: teladan\"");
		});
	}

	@Test
	void aRuleLeftOpenAndAConclusionWithTooFewValuesAreExplained() {
		assertThat(refused(NATIONAL_AWARD.replace("end", "")).problems()).first()
			.satisfies(problem -> assertThat(problem.in(Locale.ENGLISH).message())
				.startsWith("the file ends inside a rule: every rule closes with end"));
		assertThat(refused(NATIONAL_AWARD.replace(", \"Teladan nasional\"", "")).problems()).first()
			.satisfies(problem -> {
				assertThat(problem.code()).isEqualTo("compiler.constructor");
				assertThat(problem.file()).isEqualTo("rules/a.drl");
				assertThat(problem.message()).startsWith("kesimpulan Award tidak dapat dibuat dengan nilai (String, String)");
				assertThat(problem.in(Locale.ENGLISH).message())
					.startsWith("the conclusion Award cannot be made from the values (String, String)")
					.contains("The constructor Award(String, String) is undefined");
			});
	}

	@Test
	void aMessageNotRecognisedStaysAsTheCompilerWroteIt() {
		PolicyProblem problem = CompilerMessages.problem("rules/a.drl", 3, 0, "Something rare happened");

		assertThat(problem.code()).isNull();
		assertThat(problem.in(Locale.ENGLISH).message()).isEqualTo("Something rare happened");
	}

	private InvalidPolicy refused(String draft) {
		try {
			compiler.compile(null, List.of(national("rules/a.drl", draft)));
		}
		catch (InvalidPolicy ex) {
			return ex;
		}
		throw new AssertionError("compiled: " + draft);
	}

	@Test
	void twoRulesOfOneLayerWithTheSameNameAreRefused() {
		assertThatThrownBy(() -> compiler.compile(null,
				List.of(national("rules/a.drl", NATIONAL_AWARD), national("rules/b.drl", NATIONAL_AWARD))))
			.isInstanceOfSatisfying(InvalidPolicy.class, ex -> assertThat(ex.problems())
				.singleElement()
				.satisfies(problem -> assertThat(problem.message()).contains("rules/a.drl")));
	}

	@Test
	void aParameterOverriddenOutsideItsRangeIsRefusedAtItsLine() {
		List<PolicyFile> files = List.of(national("rules/parameters.yml", "jp: {label: JP, value: 20, min: 0, max: 40}\n"),
				region("policies/kota/parameters.yml", "# komentar\njp: 50\n"));

		assertThatThrownBy(() -> compiler.compile("kota", files)).isInstanceOfSatisfying(InvalidPolicy.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.toString())
						.isEqualTo("policies/kota/parameters.yml:2:5: parameter 'jp' = 50.0 di luar rentang 0.0 sampai 40.0");
					assertThat(problem.in(java.util.Locale.ENGLISH).message())
						.isEqualTo("parameter 'jp' = 50.0 is outside the range 0.0 to 40.0");
				}));
	}

	@Test
	void aRuleSetThatNeverStopsIsStoppedAndNamesTheRule() {
		CompiledPolicy policy = compiler.compile(null, List.of(national("rules/loop.drl", ENDLESS)));

		assertThatThrownBy(() -> policy.evaluate(null, List.of(employee())))
			.isInstanceOfSatisfying(RunawayPolicy.class,
					ex -> assertThat(ex.rules()).extracting(FiredRule::rule).first().isEqualTo("Tanpa akhir"));
	}

	@Test
	void aRuleSetThatRunsPastItsTimeLimitIsStopped() {
		// so many firings allowed that only the time limit can stop it
		PolicyCompiler patient = new PolicyCompiler(new EngineSettings(200, 50_000_000, Duration.ofMillis(300)));
		CompiledPolicy policy = patient.compile(null, List.of(national("rules/loop.drl", ENDLESS)));

		assertThatThrownBy(() -> policy.evaluate(null, List.of(employee())))
			.isInstanceOfSatisfying(RunawayPolicy.class, ex -> {
				assertThat(ex.getMessage()).contains("detik");
				assertThat(ex.rules()).extracting(FiredRule::rule).first().isEqualTo("Tanpa akhir");
			});
	}

	private static String awardOf(CompiledPolicy policy, String agency) {
		return policy.evaluate(agency, List.of(employee())).get(0).awards().get(0).code();
	}

	static Employee employee() {
		return new Employee("197303141997022002", "Siti", "dinkes", Position.PELAKSANA, null, "Analis", "III/a",
				null, false, null, 10, false, null, null, null, 0, List.of(), List.of());
	}

	static PolicyFile national(String path, String content) {
		return new PolicyFile(path, Layer.NATIONAL, null, content);
	}

	static PolicyFile region(String path, String content) {
		return new PolicyFile(path, Layer.REGION, null, content);
	}

	static PolicyFile agency(String path, String agency, String content) {
		return new PolicyFile(path, Layer.AGENCY, agency, content);
	}

}
