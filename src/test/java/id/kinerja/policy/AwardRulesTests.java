package id.kinerja.policy;

import java.util.List;

import id.kinerja.policy.AwardRule.Condition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading award rules and their conditions from rule files, without compiling them. */
class AwardRulesTests {

	static final String NATIONAL = """
			rule "Satyalancana"
			when
			    Employee( $nip : nip, yearsOfService == 10, !heavySanction )
			then
			    insert( new Award( $nip, "SATYALANCANA", "Satyalancana" ) );
			end

			rule "Teladan"
			when
			    Parameter( name == "teladan.minimal", $minimal : value )
			    WorkScore( $nip : nip, value >= $minimal )
			then
			    insert( new Award( $nip, "TELADAN", "Teladan" ) );
			end
			""";

	static final String REGION = """
			rule "Teladan"
			when
			    Parameter( name == "teladan.minimal", $minimal : value )
			    Parameter( name == "ikm.minimal", $ikm : value )
			    $e : Employee( $nip : nip, citizenSatisfaction != null && citizenSatisfaction >= $ikm )
			    WorkScore( nip == $nip, value >= $minimal )
			then
			    insert( new Award( $nip, "TELADAN", "Teladan kota" ) );
			end
			""";

	static final String AGENCY = """
			rule "Teladan"
			when
			    Parameter( name == "pasien.minimal", $pasien : value )
			    $e : Employee( $nip : nip )
			    exists ( Indicator( code == "PASIEN", realisation >= target * $pasien / 100 ) from $e.indicators() )
			then
			    insert( new Award( $nip, "TELADAN", "Teladan OPD" ) );
			end
			""";

	@Test
	void aRuleReplacedInTheRegionIsLeftOutAndOneReplacedInAnAgencySaysWhere() {
		List<AwardRule> rules = AwardRules.of(files());

		assertThat(rules).extracting(r -> r.rule().layer() + " " + r.code() + " " + r.name()).containsExactly(
				"NATIONAL SATYALANCANA Satyalancana", "REGION TELADAN Teladan kota", "AGENCY TELADAN Teladan OPD");
		AwardRule region = rules.get(1);
		assertThat(region.replacedIn()).containsExactly("dinkes");
		assertThat(region.appliesTo("dishub")).isTrue();
		assertThat(region.appliesTo("dinkes")).isFalse();
		assertThat(rules.get(2).appliesTo("dinkes")).isTrue();
		assertThat(rules.get(2).appliesTo("dishub")).isFalse();
	}

	@Test
	void conditionsNameTheParameterOrNumberTheyCompareWith() {
		List<AwardRule> rules = AwardRules.of(files());

		assertThat(rules.get(0).conditions())
			.containsExactly(new Condition("Employee", "yearsOfService", "==", null, 10.0, null, "yearsOfService == 10"));
		assertThat(rules.get(1).parameters()).containsExactly("ikm.minimal", "teladan.minimal");
		assertThat(rules.get(1).conditions()).contains(new Condition("Employee", "citizenSatisfaction", ">=",
				"ikm.minimal", null, null, "citizenSatisfaction != null && citizenSatisfaction >= $ikm"));
		assertThat(rules.get(2).conditions()).containsExactly(new Condition("Indicator", "realisation", ">=",
				"pasien.minimal", null, "PASIEN", "realisation >= target * $pasien / 100"));
	}

	private static List<PolicyFile> files() {
		return List.of(PolicyFile.at("rules/penghargaan.drl", NATIONAL),
				PolicyFile.at("policies/kota/kota.drl", REGION),
				PolicyFile.at("policies/kota/dinkes/dinkes.drl", AGENCY));
	}

}
