package id.kinerja.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drools.drl.ast.descr.PackageDescr;
import org.junit.jupiter.api.Test;

import static id.kinerja.policy.PolicyCompilerTests.agency;
import static id.kinerja.policy.PolicyCompilerTests.national;
import static id.kinerja.policy.PolicyCompilerTests.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** One small policy per lint check: the problem is found at its line, and a near variant is not flagged. */
class PolicyLintTests {

	private static final String PARAMETERS = """
			hasil-kerja.di-atas.minimal: {label: a, value: 110, min: 0, max: 200}
			hasil-kerja.sesuai.minimal: {label: b, value: 90, min: 0, max: 200}
			perilaku.bobot.diri: {label: c, value: 0, min: 0, max: 100}
			perilaku.bobot.atasan: {label: d, value: 100, min: 0, max: 100}
			""";

	private static final String BANDS = """
			rule "Skor"
			when
			    Employee( $nip : nip )
			then
			    insert( new WorkScore( $nip, 100 ) );
			end
			rule "Di Atas"
			when
			    Parameter( name == "hasil-kerja.di-atas.minimal", $minimal : value )
			    Employee( $nip : nip )
			    WorkScore( nip == $nip, value >= $minimal )
			then
			    insert( new WorkResultRating( $nip, Rating.DI_ATAS_EKSPEKTASI ) );
			end
			rule "Sesuai"
			when
			    Parameter( name == "hasil-kerja.di-atas.minimal", $diAtas : value )
			    Parameter( name == "hasil-kerja.sesuai.minimal", $minimal : value )
			    Employee( $n : nip )
			    WorkScore( nip == $n, value >= $minimal, value < $diAtas )
			then
			    insert( new WorkResultRating( $n, Rating.SESUAI_EKSPEKTASI ) );
			end
			rule "Di Bawah"
			when
			    Parameter( name == "hasil-kerja.sesuai.minimal", $minimal : value )
			    Employee( $nip : nip )
			    WorkScore( nip == $nip, value < $minimal )
			then
			    insert( new WorkResultRating( $nip, Rating.DI_BAWAH_EKSPEKTASI ) );
			end
			""";

	@Test
	void aSoundPolicyHasNoProblem() {
		assertThat(lint(base())).isEmpty();
	}

	@Test
	void everyShippedRegionHasNoProblem() {
		for (List<PolicyFile> files : RuleGuardTests.shippedPolicies()) {
			assertThat(lint(files)).as(files.get(files.size() - 1).path()).isEmpty();
		}
	}

	@Test
	void weightsOfAGroupMustAddUpTo100AtTheMostSpecificLayer() {
		List<PolicyFile> files = with(base(), region("policies/kota/parameters.yml", "# 360\nperilaku.bobot.diri: 20\n"));

		assertThat(lint(files)).containsExactly(new PolicyProblem("policies/kota/parameters.yml", 2, 1,
				"bobot perilaku.bobot.* berjumlah 120 (diri 20 + atasan 100), harus 100"));
		assertThat(lint(with(files, region("policies/kota/parameters.yml", "perilaku.bobot.diri: 20\nperilaku.bobot.atasan: 80\n"))))
			.isEmpty();
	}

	@Test
	void anAgencyThatBreaksTheWeightsIsReportedInItsOwnFile() {
		List<PolicyFile> files = with(base(), agency("policies/kota/dinkes/parameters.yml", "dinkes", "perilaku.bobot.atasan: 90\n"));

		assertThat(lint(files)).extracting(PolicyProblem::file, PolicyProblem::line)
			.containsExactly(tuple("policies/kota/dinkes/parameters.yml", 1));
	}

	@Test
	void theAboveThresholdMustBeAboveTheMeetsThreshold() {
		assertThat(lint(with(base(), region("policies/kota/parameters.yml", "hasil-kerja.di-atas.minimal: 80\n"))))
			.extracting(PolicyProblem::message)
			.anySatisfy(message -> assertThat(message).startsWith("hasil-kerja.di-atas.minimal (80) harus lebih besar"));
		assertThat(lint(with(base(), region("policies/kota/parameters.yml", "hasil-kerja.di-atas.minimal: 95\n")))).isEmpty();
	}

	@Test
	void aGapBetweenBandsNamesBothRulesAndTheScores() {
		String gap = BANDS.replace("value >= $minimal, value < $diAtas", "value >= $minimal, value < 100");

		assertThat(lint(with(base(), national("rules/hasil.drl", gap)))).containsExactly(new PolicyProblem("rules/hasil.drl",
				lineOf(gap, "rule \"Di Atas\""), 1, "celah pada WorkScore.value: tidak ada aturan yang memutuskan"
						+ " WorkResultRating untuk value >= 100 dan value < 110, di antara aturan \"Sesuai\" dan \"Di Atas\""));
	}

	@Test
	void anOverlapOfBandsDecidingDifferentlyIsFound() {
		String overlap = BANDS.replace("value >= $minimal, value < $diAtas", "value >= $minimal, value < 120");

		assertThat(lint(with(base(), national("rules/hasil.drl", overlap)))).singleElement()
			.satisfies(problem -> assertThat(problem.message()).isEqualTo("tumpang tindih pada WorkScore.value: aturan"
					+ " \"Sesuai\" dan \"Di Atas\" memutuskan WorkResultRating berbeda untuk value >= 110 dan value < 120"));
	}

	@Test
	void aRuleOfAMoreSpecificLayerReplacesItsBandBeforeTheCheck() {
		String sesuai = BANDS.substring(BANDS.indexOf("rule \"Sesuai\""), BANDS.indexOf("rule \"Di Bawah\""));
		PolicyFile narrower = region("policies/kota/kota.drl", sesuai.replace("value < $diAtas", "value < 100"));

		assertThat(lint(with(base(), narrower))).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("value >= 100 dan value < 110"));
		assertThat(lint(with(base(), region("policies/kota/kota.drl", sesuai)))).isEmpty();
	}

	@Test
	void aParameterNoLayerDeclaresIsATypo() {
		String typo = BANDS.replace("name == \"hasil-kerja.di-atas.minimal\", $minimal", "name == \"hasil-kerja.diatas.minimal\", $minimal");

		assertThat(lint(with(base(), national("rules/hasil.drl", typo)))).singleElement()
			.satisfies(problem -> {
				assertThat(problem.line()).isEqualTo(lineOf(typo, "diatas"));
				assertThat(problem.message()).startsWith("parameter \"hasil-kerja.diatas.minimal\" tidak dideklarasikan");
			});
	}

	@Test
	void aConditionOnAConclusionNoRuleInsertsNeverFires() {
		String award = """
				rule "Skor akhir tinggi"
				when
				    FinalScore( $nip : nip, value >= 100 )
				then
				    insert( new Award( $nip, "SKOR", "Skor akhir tinggi" ) );
				end
				""";

		assertThat(lint(with(base(), region("policies/kota/kota.drl", award)))).singleElement()
			.satisfies(problem -> assertThat(problem).extracting(PolicyProblem::line, PolicyProblem::message)
				.containsExactly(3, "tidak ada aturan yang menyisipkan FinalScore: aturan \"Skor akhir tinggi\" tidak akan pernah berjalan"));
		String final_ = "rule \"Skor akhir\"\nwhen\n    WorkScore( $nip : nip, $v : value )\nthen\n    insert( new FinalScore( $nip, $v ) );\nend\n";
		assertThat(lint(with(base(), region("policies/kota/kota.drl", award + final_)))).isEmpty();
	}

	@Test
	void constraintsThatCannotHoldTogetherNeverFire() {
		String never = "rule \"Mustahil\"\nwhen\n    WorkScore( $nip : nip, value >= 110, value < 90 )\nthen\n"
				+ "    insert( new Award( $nip, \"X\", \"x\" ) );\nend\n";

		assertThat(lint(with(base(), region("policies/kota/kota.drl", never)))).singleElement()
			.satisfies(problem -> assertThat(problem).extracting(PolicyProblem::line, PolicyProblem::message)
				.containsExactly(3, "syarat value >= 110, value < 90 pada WorkScore tidak mungkin terpenuhi bersama:"
						+ " aturan \"Mustahil\" tidak akan pernah berjalan"));
		assertThat(lint(with(base(), region("policies/kota/kota.drl", never.replace("value < 90", "value < 190")))))
			.isEmpty();
	}

	@Test
	void twoRulesOfOneLayerWithTheSameConditionsDecidingDifferentlyAreFound() {
		String twice = """
				rule "Kepala unit Di Atas"
				when
				    Employee( $nip : nip, unitHead )
				then
				    insert( new WorkResultRating( $nip, Rating.DI_ATAS_EKSPEKTASI ) );
				end
				rule "Kepala unit Sesuai"
				when
				    Employee( $n : nip,   unitHead )
				then
				    insert( new WorkResultRating( $n, Rating.SESUAI_EKSPEKTASI ) );
				end
				""";

		assertThat(lint(with(base(), region("policies/kota/kota.drl", twice)))).singleElement()
			.satisfies(problem -> assertThat(problem.line()).isEqualTo(7));
		String awards = twice.replace("new WorkResultRating( $nip, Rating.DI_ATAS_EKSPEKTASI )", "new Award( $nip, \"A\", \"a\" )")
			.replace("new WorkResultRating( $n, Rating.SESUAI_EKSPEKTASI )", "new Award( $n, \"B\", \"b\" )");
		assertThat(lint(with(base(), region("policies/kota/kota.drl", awards)))).isEmpty();
	}

	@Test
	void anExpressionBoundInsideAnAccumulateIsTheBindingTrap() {
		String trap = """
				rule "Perilaku tertimbang"
				when
				    $e : Employee( $nip : nip )
				    accumulate( BehaviourScore( $w : score * (0.2 + 0.3 * 1) ) from $e.behaviour();
				                $total : sum( $w ) )
				then
				    insert( new BehaviourIndex( $nip, $total ) );
				end
				""";

		assertThat(lint(with(base(), region("policies/kota/kota.drl", trap)))).singleElement()
			.satisfies(problem -> assertThat(problem).extracting(PolicyProblem::line, PolicyProblem::column)
				.containsExactly(4, 33));
		String fields = trap.replace("$w : score * (0.2 + 0.3 * 1)", "$w : score, $a : assessor != null, $r : score < 3")
			.replace("sum( $w )", "sum( $w * 0.5 )");
		assertThat(lint(with(base(), region("policies/kota/kota.drl", fields)))).isEmpty();
	}

	private static List<PolicyFile> base() {
		return List.of(national("rules/parameters.yml", PARAMETERS), national("rules/hasil.drl", BANDS));
	}

	/** The files with one added, or replacing the file of the same path. */
	private static List<PolicyFile> with(List<PolicyFile> files, PolicyFile file) {
		List<PolicyFile> result = new ArrayList<>(files.stream().filter(f -> !f.path().equals(file.path())).toList());
		result.add(file);
		result.sort(Comparator.comparing(PolicyFile::layer));
		return result;
	}

	private static List<PolicyProblem> lint(List<PolicyFile> files) {
		List<PolicyProblem> problems = new ArrayList<>();
		Map<String, PackageDescr> parsed = new HashMap<>();
		files.stream().filter(PolicyFile::isRules).forEach(f -> parsed.put(f.path(), PolicyCompiler.parse(f, problems)));
		Map<String, ParameterDefinition> parameters = ParameterFiles
			.merge(files.stream().filter(f -> f.layer() != Layer.AGENCY).toList(), problems);
		assertThat(problems).isEmpty();
		return PolicyLint.check(files, parsed, parameters);
	}

	private static int lineOf(String text, String fragment) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(fragment)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(fragment);
	}

}
