package id.kinerja.imports;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.Set;

import id.kinerja.appraisal.Channel;

/**
 * {@code masukan_warga}: what citizens said of an agency's services through forums and social media in a period,
 * counted as complaints and suggestions (never an index: the IKM comes from the survey, {@code ikm}). An agency
 * may have several lines, one per service and channel, matched in the order they come.
 */
final class InputRows implements KindRows<InputRows.Input> {

	record Input(long agencyId, String code, String period, String service, Channel channel, int complaints,
			int suggestions) {
	}

	private static final Choices<Channel> CHANNELS = Choices.of(Channel.class).add(Channel.MEDIA_SOSIAL, "MEDSOS");

	private static final BigDecimal MOST = BigDecimal.valueOf(10_000_000);

	@Override
	public Input read(Line line, ImportContext context) {
		ImportContext.AgencyRef agency = context.agency(line, "kode_opd", line.text("kode_opd", 40, true));
		String period = context.period(line, "periode");
		String service = line.text("layanan", 120, true);
		Channel channel = line.choice("kanal", CHANNELS, true);
		if (channel == Channel.SURVEI) {
			line.reject("kanal", "inputNotSurvey");
		}
		Integer complaints = count(line, "keluhan");
		Integer suggestions = count(line, "saran");
		return line.ok() ? new Input(agency.id(), agency.code(), period, service, channel, complaints, suggestions)
				: null;
	}

	private static Integer count(Line line, String column) {
		BigDecimal value = line.decimal(column, true, BigDecimal.ZERO, MOST);
		if (value != null && value.stripTrailingZeros().scale() > 0) {
			line.reject(column, "wholeNumber");
			return null;
		}
		return value == null ? null : value.intValueExact();
	}

	@Override
	public String key(Input row) {
		return row.code() + "|" + row.period();
	}

	@Override
	public boolean numbered(Input row) {
		return true;
	}

	@Override
	public String scope(Input row) {
		return row.period();
	}

	@Override
	public String signature(Input row) {
		return row.service() + "|" + row.channel().name() + "|" + row.complaints() + "|" + row.suggestions();
	}

	@Override
	public Stored stored(ImportContext context, Set<String> scopes) {
		Stored stored = new Stored();
		Scopes.query(context, "select x.id, a.code, x.period_code, x.service, x.channel, x.complaints, x.suggestions"
				+ " from citizen_input x join agency a on a.id = x.agency_id where a.region_id = ?", "x.period_code",
				scopes, rs -> {
					stored.addNumbered(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1), rs.getString(4) + "|"
							+ rs.getString(5) + "|" + rs.getInt(6) + "|" + rs.getInt(7), 0);
				});
		return stored;
	}

	@Override
	public void write(Changes<Input> changes, ImportContext context) {
		int[] types = { Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.BIGINT, Types.VARCHAR };
		Batches.insert(context.jdbc, "citizen_input", "service, channel, complaints, suggestions, agency_id, period_code",
				types, changes.created(), row -> new Object[] { row.service(), row.channel().name(), row.complaints(),
						row.suggestions(), row.agencyId(), row.period() });
		Batches.run(context.jdbc, "update citizen_input set service = ?, channel = ?, complaints = ?, suggestions = ?"
				+ " where id = ?", changes.updated(), java.util.Arrays.copyOf(types, 5),
				u -> new Object[] { u.row().service(), u.row().channel().name(), u.row().complaints(),
						u.row().suggestions(), u.id() });
		Batches.delete(context.jdbc, "citizen_input", changes.removed());
	}

}
