package id.kinerja.evaluation;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static id.kinerja.evaluation.Requests.evaluation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.OK;

/**
 * Tanjungpinang's citizen input on transport, end to end on the demo data: the complaints counted from forums
 * and social media reach Dinas Perhubungan's rules, whose improvement plan names them; the IKM stays the survey's.
 */
@ApiTest
class CitizenInputApiTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void complaintsOnPublicTransportLeadToDishubsImprovementPlan() {
		Integer complaints = jdbc.queryForObject("""
				select sum(i.complaints) from citizen_input i join agency a on a.id = i.agency_id
				where a.region_id = 'tanjungpinang' and a.code = 'dishub' and i.period_code = '2025-Q4'
				  and i.service = 'Angkutan umum'""", Integer.class);
		assertThat(complaints).as("the demo's complaints on public transport").isGreaterThanOrEqualTo(10);
		Http http = new Http(client);
		JsonNode run = http.post("/api/v1/evaluations", evaluation("tanjungpinang", "dishub", "2025-Q4"), CREATED);

		JsonNode results = http.get("/api/v1/evaluations/" + run.get("id").asLong() + "/results?size=500", OK)
			.get("content");
		long planned = results.valueStream()
			.filter(r -> r.get("trainings").valueStream()
				.anyMatch(t -> t.get("code").asString().equals("PERBAIKAN_LAYANAN_ANGKUTAN")
						&& t.get("reason").asString().startsWith(complaints + " keluhan")))
			.count();
		long onTransport = jdbc.queryForObject("""
				select count(distinct l.employee_id) from skp_line l join employee e on e.id = l.employee_id
				join agency a on a.id = e.agency_id where a.region_id = 'tanjungpinang' and a.code = 'dishub'
				  and l.period_code = '2025-Q4' and l.indicator_code = 'LAYANAN_ANGKUTAN'""", Long.class);
		assertThat(planned).isEqualTo(onTransport).isPositive();
	}

	@Test
	void theIkmIsTheSurveysAlone() {
		Double survey = jdbc.queryForObject("""
				select sum(f.satisfaction_index * f.respondents) / sum(f.respondents) from citizen_feedback f
				join agency a on a.id = f.agency_id where a.region_id = 'medan' and f.period_code = '2025'
				  and a.code = 'dinkes'""", Double.class);
		Long others = jdbc.queryForObject("""
				select count(*) from citizen_feedback f join agency a on a.id = f.agency_id
				where a.region_id in ('medan', 'tanjungpinang') and f.channel <> 'SURVEI'""", Long.class);

		assertThat(others).isZero();
		assertThat(survey).isNotNull();
	}

}
