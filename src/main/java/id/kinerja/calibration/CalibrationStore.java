package id.kinerja.calibration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerja.access.CurrentUser;
import id.kinerja.calibration.Plan.Move;
import id.kinerja.calibration.ProposalView.MoveView;
import id.kinerja.system.PageOf;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.system.SqlOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Reads a run's stored results and findings; reads and writes proposals and decisions. */
@Component
class CalibrationStore {

	private final JdbcClient jdbc;

	CalibrationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record ProposalRow(long id, long run, String policyVersion, String proposedBy, OffsetDateTime proposedAt) {
	}

	/** A proposal's moves with the employees' names and figures from the run's results. */
	private static final String MOVES = """
			select m.agency_code, m.step, m.nip, r.name, r.score, r.work_score, r.behaviour_index, m.from_predikat,
			       m.to_predikat, m.decision, m.decided_by, m.decided_at, m.reason
			from calibration_move m
			join evaluation_result r on r.run_id = :run and r.nip = m.nip
			where m.proposal_id = :proposal""";

	boolean hasAgency(long run, String agency) {
		return jdbc.sql("select count(*) from evaluation_result where run_id = :run and agency_code = :agency")
			.param("run", run)
			.param("agency", agency)
			.query(Long.class)
			.single() > 0;
	}

	/** The agencies of the run whose spread the run found breaking the curve, with their organisation rating. */
	Map<String, String> brokenAgencies(long run, String agency) {
		Map<String, String> agencies = new LinkedHashMap<>();
		jdbc.sql("""
				select distinct agency_code, organisation_rating from curve_finding where run_id = :run
				and (cast(:agency as varchar(40)) is null or agency_code = :agency) order by agency_code""")
			.param("run", run)
			.param("agency", agency)
			.query((ResultSet rs) -> {
				agencies.put(rs.getString(1), rs.getString(2));
			});
		return agencies;
	}

	/** The employees of an agency that the run gave a predikat: those the curve counts. */
	List<Candidate> candidates(long run, String agency) {
		return jdbc.sql("""
				select nip, name, predikat, score, work_score, behaviour_index from evaluation_result
				where run_id = :run and agency_code = :agency and predikat is not null""")
			.param("run", run)
			.param("agency", agency)
			.query((rs, row) -> new Candidate(rs.getString(1).strip(), rs.getString(2),
					Predikat.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)))
			.list();
	}

	Map<Predikat, Integer> spread(long run, String agency) {
		Map<Predikat, Integer> spread = new EnumMap<>(Predikat.class);
		for (Predikat predikat : Predikat.values()) {
			spread.put(predikat, 0);
		}
		jdbc.sql("""
				select predikat, count(*) from evaluation_result where run_id = :run and agency_code = :agency
				and predikat is not null and nip not in (select nip from employee where unit_head) group by predikat""")
			.param("run", run)
			.param("agency", agency)
			.query((ResultSet rs) -> {
				spread.put(Predikat.valueOf(rs.getString(1)), rs.getInt(2));
			});
		return spread;
	}

	Optional<Long> proposalOf(long run, String agency) {
		return jdbc.sql("select proposal_id from calibration_agency where run_id = :run and agency_code = :agency")
			.param("run", run)
			.param("agency", agency)
			.query(Long.class)
			.optional();
	}

	long insertProposal(long run, String policyVersion) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into calibration_proposal (run_id, policy_version, proposed_by, proposed_at)
				values (:run, :version, :by, :at)""")
			.param("run", run)
			.param("version", policyVersion)
			.param("by", CurrentUser.name())
			.param("at", now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void insertAgency(long proposal, long run, String agency, String rating, List<Move> moves) {
		jdbc.sql("""
				insert into calibration_agency (proposal_id, run_id, agency_code, organisation_rating)
				values (:proposal, :run, :agency, :rating)""")
			.param("proposal", proposal)
			.param("run", run)
			.param("agency", agency)
			.param("rating", rating)
			.update();
		for (Move move : moves) {
			jdbc.sql("""
					insert into calibration_move (proposal_id, agency_code, step, nip, from_predikat, to_predikat)
					values (:proposal, :agency, :step, :nip, :from, :to)""")
				.param("proposal", proposal)
				.param("agency", agency)
				.param("step", move.step())
				.param("nip", move.employee().nip())
				.param("from", move.employee().predikat().name())
				.param("to", move.to().name())
				.update();
		}
	}

	Optional<ProposalRow> proposal(long id) {
		return proposals("id = :key", id).stream().findFirst();
	}

	List<ProposalRow> proposalsOf(long run) {
		return proposals("run_id = :key", run);
	}

	private List<ProposalRow> proposals(String where, long key) {
		return jdbc.sql("select id, run_id, policy_version, proposed_by, proposed_at from calibration_proposal where "
				+ where + " order by id")
			.param("key", key)
			.query((rs, row) -> new ProposalRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	/** The agencies of a proposal with their organisation rating. */
	Map<String, String> agencies(long proposal) {
		Map<String, String> agencies = new LinkedHashMap<>();
		jdbc.sql("select agency_code, organisation_rating from calibration_agency where proposal_id = :proposal"
				+ " order by agency_code")
			.param("proposal", proposal)
			.query((ResultSet rs) -> {
				agencies.put(rs.getString(1), rs.getString(2));
			});
		return agencies;
	}

	List<MoveView> moves(ProposalRow proposal) {
		return moves(proposal, null);
	}

	Optional<MoveView> move(ProposalRow proposal, String nip) {
		return moves(proposal, nip).stream().findFirst();
	}

	private List<MoveView> moves(ProposalRow proposal, String nip) {
		return jdbc.sql(MOVES + " and (cast(:nip as varchar(18)) is null or m.nip = :nip) order by m.agency_code, m.step, m.id")
			.param("run", proposal.run())
			.param("proposal", proposal.id())
			.param("nip", nip)
			.query(this::move)
			.list();
	}

	/** One page of an agency's moves in the order asked; moves equal on it in the order they were made. */
	PageOf<MoveView> moves(ProposalRow proposal, String agency, MoveSort sort, boolean descending, int page, int size) {
		List<MoveView> moves = jdbc.sql(MOVES + " and m.agency_code = :agency order by "
				+ SqlOrder.of(sort.columns, descending, "m.id") + " offset :offset rows fetch next :size rows only")
			.param("run", proposal.run())
			.param("proposal", proposal.id())
			.param("agency", agency)
			.param("offset", (long) page * size)
			.param("size", size)
			.query(this::move)
			.list();
		return PageOf.of(moves, page, size, jdbc.sql("select count(*) from calibration_move where proposal_id = ?"
				+ " and agency_code = ?").params(proposal.id(), agency).query(Long.class).single());
	}

	private MoveView move(ResultSet rs, int row) throws SQLException {
		Predikat original = Predikat.valueOf(rs.getString(8));
		Predikat proposed = Predikat.valueOf(rs.getString(9));
		Decision decision = rs.getString(10) == null ? null : Decision.valueOf(rs.getString(10));
		return new MoveView(rs.getString(1), rs.getInt(2), rs.getString(3).strip(), rs.getString(4),
				rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), original, proposed,
				decision == Decision.ACCEPTED ? proposed : original, decision, rs.getString(11),
				rs.getObject(12, OffsetDateTime.class), rs.getString(13));
	}

	/** The predikat of every accepted move of the run's proposals, by NIP. */
	Map<String, Predikat> accepted(long run) {
		Map<String, Predikat> accepted = new LinkedHashMap<>();
		jdbc.sql("""
				select m.nip, m.to_predikat from calibration_move m
				join calibration_proposal p on p.id = m.proposal_id
				where p.run_id = :run and m.decision = 'ACCEPTED' order by m.id""")
			.param("run", run)
			.query((ResultSet rs) -> {
				accepted.put(rs.getString(1).strip(), Predikat.valueOf(rs.getString(2)));
			});
		return accepted;
	}

	/** Records a decision unless one stands already; false when it does. */
	boolean decide(long proposal, String nip, Decision decision, String reason) {
		return jdbc.sql("""
				update calibration_move set decision = :decision, decided_by = :by, decided_at = :at, reason = :reason
				where proposal_id = :proposal and nip = :nip and decision is null""")
			.param("decision", decision.name())
			.param("by", CurrentUser.name())
			.param("at", now())
			.param("reason", reason)
			.param("proposal", proposal)
			.param("nip", nip)
			.update() == 1;
	}

	/** To the microsecond the database keeps. */
	private static OffsetDateTime now() {
		return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

}
