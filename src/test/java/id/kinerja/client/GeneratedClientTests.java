package id.kinerja.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import id.kinerja.client.api.EvaluationsApi;
import id.kinerja.client.api.PoliciesApi;
import id.kinerja.client.api.RecommendationsApi;
import id.kinerja.client.api.StaffApi;
import id.kinerja.client.api.WhatIfApi;
import id.kinerja.client.model.AwardsView;
import id.kinerja.client.model.Draft;
import id.kinerja.client.model.EmployeeResult;
import id.kinerja.client.model.EvaluationRequest;
import id.kinerja.client.model.PageOfEmployeeResult;
import id.kinerja.client.model.PlanView;
import id.kinerja.client.model.Problem;
import id.kinerja.client.model.RegionView;
import id.kinerja.client.model.RunView;
import id.kinerja.client.model.Validation;
import id.kinerja.client.model.WhatIfRequest;
import id.kinerja.client.model.WhatIfView;
import id.kinerja.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client the build generates from the checked-in description drives the main flows against the
 * running app, as an integrator's would: where it cannot express what the server does, the description is
 * wrong.
 */
@ApiTest
class GeneratedClientTests {

	@LocalServerPort
	int port;

	@Test
	void anAnalystRunsAnEvaluationAndReadsWhatFollowsFromIt() throws ApiException {
		ApiClient analyst = signedIn("makassar.analis");

		List<RegionView> regions = new StaffApi(analyst).listRegions();
		assertThat(regions).extracting(RegionView::getId).containsExactly("makassar");

		EvaluationsApi evaluations = new EvaluationsApi(analyst);
		RunView run = evaluations.runEvaluation(new EvaluationRequest().region("makassar").agency("dinkes").period("2025"),
				60);
		assertThat(run.getStatus()).isEqualTo("DONE");
		assertThat(run.getEmployees()).isPositive();
		assertThat(run.getDistribution()).containsOnlyKeys("dinkes");

		PageOfEmployeeResult results = evaluations.listResults(run.getId(), "dinkes", null, 0, 20);
		assertThat(results.getTotalElements()).isEqualTo(run.getEmployees().longValue());
		assertThat(results.getContent()).hasSize(20);
		String nip = results.getContent().get(0).getNip();
		EmployeeResult explained = evaluations.getResult(run.getId(), nip);
		assertThat(explained.getPredikat()).isNotNull();
		assertThat(explained.getFiredRules()).isNotEmpty();

		WhatIfView whatIf = new WhatIfApi(analyst).runWhatIf(new WhatIfRequest().region("makassar")
			.agencies(List.of("dinkes"))
			.period("2025")
			.overrides(Map.of("pegawai-teladan.capaian-minimal", 116.0)), 30, null);
		assertThat(whatIf.getStatus()).isEqualTo("DONE");
		assertThat(whatIf.getSummary().getEvaluated()).isEqualTo(run.getEmployees());
		assertThat(whatIf.getChanges().getTotalElements()).isEqualTo(whatIf.getSummary().getChanged().longValue());

		RecommendationsApi recommendations = new RecommendationsApi(analyst);
		AwardsView awards = recommendations.getAwardCandidates(run.getId(), null, "dinkes", false);
		assertThat(awards.getAwards()).isNotEmpty();
		PlanView plan = recommendations.getTrainingPlan(run.getId(), "dinkes", "json");
		assertThat(plan.getRows()).isNotEmpty();
	}

	@Test
	void aPolicyOfficerValidatesADraftAndAnUnknownRunIsAProblemDetail() throws Exception {
		PoliciesApi policies = new PoliciesApi(signedIn("medan.kebijakan"));
		String path = "policies/medan/parameters.yml";
		String active = policies.getPolicyFile("medan", path).getContent();
		Validation unchanged = policies.validateDraft("medan", new Draft().files(Map.of(path, active)));
		assertThat(unchanged.getValid()).isTrue();
		Validation broken = policies.validateDraft("medan",
				new Draft().files(Map.of("policies/medan/rusak.drl", "rule \"rusak\" when then")));
		assertThat(broken.getValid()).isFalse();
		assertThat(broken.getProblems()).isNotEmpty()
			.anySatisfy(problem -> assertThat(problem.getFile()).isEqualTo("policies/medan/rusak.drl"));

		ApiException refusal = catchThrowableOfType(ApiException.class,
				() -> new EvaluationsApi(signedIn("makassar.analis")).getRun(999_999L, null));
		assertThat(refusal.getCode()).isEqualTo(404);
		Problem problem = new ApiClient().getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
		assertThat(problem.getStatus()).isEqualTo(404);
		assertThat(problem.getField()).isEqualTo("run");
		assertThat(problem.getDetail()).contains("999999");
	}

	private ApiClient signedIn(String demoUser) {
		String basic = Base64.getEncoder()
			.encodeToString((demoUser + ":" + demoUser).getBytes(StandardCharsets.UTF_8));
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
		return client;
	}

}
