package id.kinerja.calibration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/**
 * Calibration over HTTP on the demo data: an official evaluation of Makassar, an agency whose spread breaks
 * its curve, proposals decided move by move by Makassar's HR analyst.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationApiTests {

	Http analyst;

	/** An agency of Makassar whose predikat spread breaks the curve in 2025. */
	String agency;

	@BeforeAll
	void findABrokenCurve(@Autowired RestTestClient client) {
		analyst = new Http(client).as("makassar.analis");
		JsonNode run = run(null);
		JsonNode findings = analyst.get("/api/v1/evaluations/" + run.get("id").asLong(), OK).get("findings");
		assertThat(findings).as("curve findings of Makassar 2025").isNotEmpty();
		agency = findings.get(0).get("agency").asString();
	}

	@Test
	void acceptedMovesMeetTheCurveAndLeaveTheResultsAsTheyWere() {
		long run = run(agency).get("id").asLong();
		List<JsonNode> before = results(run);

		JsonNode proposal = analyst.post(calibrations(run) + "?agency=" + agency, "", CREATED);
		JsonNode calibrated = proposal.get("agencies").get(0);
		assertThat(calibrated.get("agency").asString()).isEqualTo(agency);
		assertThat(calibrated.at("/findings/before")).isNotEmpty();
		assertThat(calibrated.get("curveMetWhenAllAccepted").asBoolean()).isTrue();
		assertThat(calibrated.at("/findings/proposed")).isEmpty();
		assertTheLowestRankedMove(calibrated.get("moves"), before);

		JsonNode decided = proposal;
		for (JsonNode move : calibrated.get("moves")) {
			decided = analyst.post(move(proposal, move, "accept"), reason("sesuai kurva unit"), OK);
		}

		JsonNode accepted = decided.get("agencies").get(0);
		assertThat(accepted.get("pending").asInt()).isZero();
		assertThat(accepted.at("/findings/accepted")).isEmpty();
		assertThat(accepted.at("/spread/accepted")).isEqualTo(accepted.at("/spread/proposed"));
		assertThat(accepted.get("moves").valueStream().map(m -> m.get("calibratedPredikat")))
			.containsExactlyElementsOf(accepted.get("moves").valueStream().map(m -> m.get("proposedPredikat")).toList());
		assertThat(accepted.get("moves").valueStream().map(m -> m.get("decidedBy").asString()))
			.containsOnly("makassar.analis");
		assertThat(results(run)).as("the run's results").isEqualTo(before);
		assertThat(analyst.get("/api/v1/calibrations/" + proposal.get("id").asLong(), OK)).isEqualTo(decided);
		assertThat(analyst.get(calibrations(run), OK).valueStream().toList()).containsExactly(decided);
		assertAudited("CALIBRATION_PROPOSED", "run " + run, "proposal " + proposal.get("id").asLong());
		String nip = accepted.at("/moves/0/nip").asString();
		assertAudited("CALIBRATION_ACCEPTED", "proposal " + proposal.get("id").asLong() + " nip " + nip,
				"alasan: sesuai kurva unit");
	}

	@Test
	void aRejectedMoveKeepsItsOriginalPredikatAndStaysOutOfTheAcceptedSpread() {
		long run = run(agency).get("id").asLong();
		JsonNode proposal = analyst.post(calibrations(run), "", CREATED);
		JsonNode move = proposal.at("/agencies/0/moves/0");

		JsonNode decided = analyst.post(move(proposal, move, "reject"), reason("kinerja terdokumentasi baik"), OK);

		JsonNode after = decided.get("agencies").get(0);
		assertThat(after.at("/spread/accepted")).isEqualTo(after.at("/spread/before"));
		assertThat(after.at("/findings/accepted")).isEqualTo(after.at("/findings/before"));
		assertThat(after.get("pending").asInt()).isEqualTo(after.get("moves").size() - 1);
		JsonNode rejected = after.get("moves").get(0);
		assertThat(rejected.get("decision").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("reason").asString()).isEqualTo("kinerja terdokumentasi baik");
		assertThat(rejected.get("calibratedPredikat")).isEqualTo(rejected.get("originalPredikat"));
		assertAudited("CALIBRATION_REJECTED", "proposal " + proposal.get("id").asLong() + " nip "
				+ rejected.get("nip").asString(), "alasan: kinerja terdokumentasi baik");
	}

	@Test
	void aDecisionStandsAndNeedsAReason() {
		long run = run(agency).get("id").asLong();
		JsonNode proposal = analyst.post(calibrations(run) + "?agency=" + agency, "", CREATED);
		JsonNode move = proposal.at("/agencies/0/moves/0");

		JsonNode blank = analyst.post(move(proposal, move, "accept"), reason(" "), UNPROCESSABLE_CONTENT);
		assertThat(blank.at("/errors/0/field").asString()).isEqualTo("reason");
		analyst.post(move(proposal, move, "accept"), reason("sesuai kurva"), OK);
		JsonNode twice = analyst.post(move(proposal, move, "reject"), reason("berubah pikiran"), CONFLICT);
		assertThat(twice.get("field").asString()).isEqualTo("nip");
		JsonNode again = analyst.post(calibrations(run) + "?agency=" + agency, "", CONFLICT);
		assertThat(again.get("field").asString()).isEqualTo("agency");
	}

	@Test
	void unknownRunProposalAgencyOrNipIs404NamingIt() {
		long run = run(agency).get("id").asLong();
		JsonNode proposal = analyst.post(calibrations(run), "", CREATED);

		assertThat(analyst.post(calibrations(999_999), "", NOT_FOUND).get("field").asString()).isEqualTo("run");
		assertThat(analyst.post(calibrations(run) + "?agency=tidakada", "", NOT_FOUND).get("field").asString())
			.isEqualTo("agency");
		assertThat(analyst.get("/api/v1/calibrations/999999", NOT_FOUND).get("field").asString()).isEqualTo("proposal");
		assertThat(analyst.post("/api/v1/calibrations/" + proposal.get("id").asLong()
				+ "/moves/199001012015011999/accept", reason("x"), NOT_FOUND).get("field").asString()).isEqualTo("nip");
	}

	@Test
	void anAgencyThatMeetsItsCurveHasNothingToCalibrate() {
		long run = run(null).get("id").asLong();
		JsonNode detail = analyst.get("/api/v1/evaluations/" + run, OK);
		List<String> broken = detail.get("findings").valueStream().map(f -> f.get("agency").asString()).toList();
		String fine = detail.get("distribution").propertyNames().stream().filter(a -> !broken.contains(a)).findFirst()
			.orElseThrow();

		JsonNode problem = analyst.post(calibrations(run) + "?agency=" + fine, "", UNPROCESSABLE_CONTENT);

		assertThat(problem.get("field").asString()).isEqualTo("agency");
	}

	@Test
	void anAnalystOfAnotherRegionIsRefusedAndAudited() {
		long run = run(agency).get("id").asLong();
		JsonNode proposal = analyst.post(calibrations(run), "", CREATED);
		Http medan = analyst.as("medan.analis");

		// another region's run and proposal answer as unknown ones; the refusals are audited all the same
		assertThat(medan.post(calibrations(run), "", NOT_FOUND).get("field").asString()).isEqualTo("run");
		assertThat(medan.get(calibrations(run), NOT_FOUND).get("field").asString()).isEqualTo("run");
		assertThat(medan.post(move(proposal, proposal.at("/agencies/0/moves/0"), "accept"), reason("x"), NOT_FOUND)
			.get("field").asString()).isEqualTo("proposal");
		assertAudited("ACCESS_DENIED", "READ_RESULTS", "/api/v1/calibrations/" + proposal.get("id").asLong());
		// the auditor reads, but decides nothing
		analyst.as("auditor").get("/api/v1/calibrations/" + proposal.get("id").asLong(), OK);
		analyst.as("auditor").post(move(proposal, proposal.at("/agencies/0/moves/0"), "reject"), reason("x"),
				FORBIDDEN);
	}

	@Test
	void theOpenApiDescriptionHasEveryCalibrationEndpoint() {
		JsonNode paths = analyst.anonymous().get("/v3/api-docs", OK).get("paths");

		assertThat(paths.propertyNames()).contains("/api/v1/evaluations/{id}/calibrations",
				"/api/v1/calibrations/{proposalId}", "/api/v1/calibrations/{proposalId}/moves/{nip}/accept",
				"/api/v1/calibrations/{proposalId}/moves/{nip}/reject");
		assertThat(paths.at("/~1api~1v1~1evaluations~1{id}~1calibrations").propertyNames()).contains("get", "post");
	}

	/** Each moved employee is the lowest-ranked of their predikat: nobody of it ranks lower and stays. */
	private void assertTheLowestRankedMove(JsonNode moves, List<JsonNode> results) {
		assertThat(moves).isNotEmpty();
		Map<String, List<JsonNode>> byPredikat = results.stream()
			.filter(r -> r.get("agency").asString().equals(agency) && !r.get("predikat").isNull())
			.sorted(RANKING)
			.collect(Collectors.groupingBy(r -> r.get("predikat").asString()));
		Map<String, List<String>> moved = moves.valueStream()
			.collect(Collectors.groupingBy(m -> m.get("originalPredikat").asString(),
					Collectors.mapping(m -> m.get("nip").asString(), Collectors.toList())));
		moved.forEach((predikat, nips) -> assertThat(nips).as("moved from " + predikat)
			.containsExactlyInAnyOrderElementsOf(byPredikat.get(predikat).stream().limit(nips.size())
				.map(r -> r.get("nip").asString()).toList()));
	}

	/** The README's ranking: lowest score, then work score, then behaviour index, then NIP. */
	static final Comparator<JsonNode> RANKING = Comparator.comparing((JsonNode r) -> decimal(r, "score"))
		.thenComparing(r -> decimal(r, "workScore"))
		.thenComparing(r -> decimal(r, "behaviourIndex"))
		.thenComparing(r -> r.get("nip").asString());

	private static BigDecimal decimal(JsonNode result, String field) {
		return result.get(field).isNull() ? BigDecimal.valueOf(Long.MAX_VALUE) : result.get(field).decimalValue();
	}

	private void assertAudited(String action, String target, String detail) {
		JsonNode events = analyst.as("auditor").get("/api/v1/audit?action=" + action + "&size=50", OK).get("content");
		assertThat(events.valueStream()).as(action)
			.anyMatch(e -> e.get("target").asString().equals(target) && e.get("detail").asString().contains(detail));
	}

	private JsonNode run(String agency) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("region", "makassar");
		body.put("agency", agency);
		body.put("period", "2025");
		return analyst.post("/api/v1/evaluations", body, CREATED);
	}

	private List<JsonNode> results(long run) {
		List<JsonNode> all = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode content = analyst.get("/api/v1/evaluations/" + run + "/results?size=500&page=" + page, OK)
				.get("content");
			content.forEach(all::add);
			if (content.size() < 500) {
				return all;
			}
		}
	}

	private static String calibrations(long run) {
		return "/api/v1/evaluations/" + run + "/calibrations";
	}

	private static String move(JsonNode proposal, JsonNode move, String decision) {
		return "/api/v1/calibrations/" + proposal.get("id").asLong() + "/moves/" + move.get("nip").asString() + "/"
				+ decision;
	}

	private static Map<String, Object> reason(String reason) {
		return Map.of("reason", reason);
	}

}
