package id.kinerja.imports;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.Set;

import id.kinerja.policy.fact.OrganisationRating;

/**
 * {@code predikat_organisasi}: an agency's rating per period, given as a predikat (or a SAKIP grade) or as
 * a SAKIP score, which the default mapping turns into one (above 90 AA Istimewa; 80 A and 70 BB Baik; 60 B
 * and 50 CC Butuh Perbaikan; 30 C Kurang; else D Sangat Kurang).
 */
final class OrganisationRows implements KindRows<OrganisationRows.Entry> {

	record Entry(long agencyId, String code, String period, OrganisationRating rating, BigDecimal sakip) {
	}

	private static final Choices<OrganisationRating> RATINGS = Choices.of(OrganisationRating.class)
		.add(OrganisationRating.ISTIMEWA, "ISTIMEWA", "AA")
		.add(OrganisationRating.BAIK, "BAIK", "A", "BB")
		.add(OrganisationRating.BUTUH_PERBAIKAN, "BUTUH PERBAIKAN", "B", "CC")
		.add(OrganisationRating.KURANG, "KURANG", "C")
		.add(OrganisationRating.SANGAT_KURANG, "SANGAT KURANG", "D");

	@Override
	public Entry read(Line line, ImportContext context) {
		ImportContext.AgencyRef agency = context.agency(line, "kode_opd", line.text("kode_opd", 40, true));
		String period = context.period(line, "periode");
		OrganisationRating rating = line.choice("predikat", RATINGS, false);
		BigDecimal sakip = line.decimal("nilai_sakip", false, BigDecimal.ZERO, BigDecimal.valueOf(100));
		if (line.ok() && rating == null && sakip == null) {
			line.error("predikat", null, "ratingOrScore");
		}
		return line.ok() ? new Entry(agency.id(), agency.code(), period, rating == null ? of(sakip) : rating, sakip)
				: null;
	}

	static OrganisationRating of(BigDecimal sakip) {
		double score = sakip.doubleValue();
		return score > 90 ? OrganisationRating.ISTIMEWA : score > 70 ? OrganisationRating.BAIK
				: score > 50 ? OrganisationRating.BUTUH_PERBAIKAN : score > 30 ? OrganisationRating.KURANG
						: OrganisationRating.SANGAT_KURANG;
	}

	@Override
	public String key(Entry row) {
		return row.code() + "|" + row.period();
	}

	@Override
	public String scope(Entry row) {
		return row.period();
	}

	@Override
	public String signature(Entry row) {
		return row.rating().name() + "|" + Batches.number(row.sakip());
	}

	@Override
	public Stored stored(ImportContext context, Set<String> scopes) {
		Stored stored = new Stored();
		Scopes.query(context, "select x.id, a.code, x.period_code, x.rating, x.sakip_score from organisation_rating x"
				+ " join agency a on a.id = x.agency_id where a.region_id = ?", "x.period_code", scopes, rs -> {
					stored.add(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1),
							rs.getString(4) + "|" + Batches.number(rs.getBigDecimal(5)), 0);
				});
		return stored;
	}

	@Override
	public void write(Changes<Entry> changes, ImportContext context) {
		Batches.insert(context.jdbc, "organisation_rating", "rating, sakip_score, agency_id, period_code",
				new int[] { Types.VARCHAR, Types.NUMERIC, Types.BIGINT, Types.VARCHAR }, changes.created(),
				row -> new Object[] { row.rating().name(), row.sakip(), row.agencyId(), row.period() });
		Batches.run(context.jdbc, "update organisation_rating set rating = ?, sakip_score = ? where id = ?",
				changes.updated(), new int[] { Types.VARCHAR, Types.NUMERIC, Types.BIGINT },
				u -> new Object[] { u.row().rating().name(), u.row().sakip(), u.id() });
		Batches.delete(context.jdbc, "organisation_rating", changes.removed());
	}

}
