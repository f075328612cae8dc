package id.kinerja.imports;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.Set;

import id.kinerja.appraisal.Channel;

/**
 * {@code ikm}: citizens' satisfaction (IKM, 0-100) with an agency per period, from the satisfaction survey only. An agency may have several
 * lines (one per service or channel, weighted by respondents); they are matched in the order they come.
 */
final class SatisfactionRows implements KindRows<SatisfactionRows.Satisfaction> {

	record Satisfaction(long agencyId, String code, String period, String service, Channel channel, BigDecimal index,
			int respondents) {
	}

	static final String DEFAULT_SERVICE = "Indeks Kepuasan Masyarakat";

	private static final Choices<Channel> CHANNELS = Choices.of(Channel.class).add(Channel.MEDIA_SOSIAL, "MEDSOS");

	@Override
	public Satisfaction read(Line line, ImportContext context) {
		ImportContext.AgencyRef agency = context.agency(line, "kode_opd", line.text("kode_opd", 40, true));
		String period = context.period(line, "periode");
		BigDecimal index = line.decimal("nilai", true, BigDecimal.ZERO, BigDecimal.valueOf(100));
		String service = line.text("layanan", 120, false);
		Channel channel = line.has("kanal") ? line.choice("kanal", CHANNELS, false) : Channel.SURVEI;
		if (channel != null && channel != Channel.SURVEI) {
			// forums and social media give complaints and suggestions (masukan_warga), not an index
			line.reject("kanal", "ikmSurveyOnly");
		}
		BigDecimal respondents = line.decimal("responden", false, BigDecimal.ZERO, BigDecimal.valueOf(10_000_000));
		if (respondents != null && respondents.stripTrailingZeros().scale() > 0) {
			line.reject("responden", "wholeNumber");
		}
		return line.ok() ? new Satisfaction(agency.id(), agency.code(), period,
				service == null ? DEFAULT_SERVICE : service, channel, index,
				respondents == null ? 0 : respondents.intValueExact()) : null;
	}

	@Override
	public String key(Satisfaction row) {
		return row.code() + "|" + row.period();
	}

	@Override
	public boolean numbered(Satisfaction row) {
		return true;
	}

	@Override
	public String scope(Satisfaction row) {
		return row.period();
	}

	@Override
	public String signature(Satisfaction row) {
		return row.service() + "|" + row.channel().name() + "|" + Batches.number(row.index()) + "|"
				+ row.respondents();
	}

	@Override
	public Stored stored(ImportContext context, Set<String> scopes) {
		Stored stored = new Stored();
		Scopes.query(context, "select x.id, a.code, x.period_code, x.service, x.channel, x.satisfaction_index,"
				+ " x.respondents from citizen_feedback x join agency a on a.id = x.agency_id where a.region_id = ?",
				"x.period_code", scopes, rs -> {
					stored.addNumbered(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1), rs.getString(4) + "|"
							+ rs.getString(5) + "|" + Batches.number(rs.getBigDecimal(6)) + "|" + rs.getInt(7), 0);
				});
		return stored;
	}

	@Override
	public void write(Changes<Satisfaction> changes, ImportContext context) {
		int[] types = { Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.INTEGER, Types.BIGINT, Types.VARCHAR };
		Batches.insert(context.jdbc, "citizen_feedback",
				"service, channel, satisfaction_index, respondents, agency_id, period_code", types, changes.created(),
				row -> new Object[] { row.service(), row.channel().name(), row.index(), row.respondents(),
						row.agencyId(), row.period() });
		Batches.run(context.jdbc, "update citizen_feedback set service = ?, channel = ?, satisfaction_index = ?,"
				+ " respondents = ? where id = ?", changes.updated(), java.util.Arrays.copyOf(types, 5),
				u -> new Object[] { u.row().service(), u.row().channel().name(), u.row().index(),
						u.row().respondents(), u.id() });
		Batches.delete(context.jdbc, "citizen_feedback", changes.removed());
	}

}
