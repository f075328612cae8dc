package id.kinerja.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.Position;
import id.kinerja.staff.Nip;
import id.kinerja.staff.Nip.Gender;
import id.kinerja.staff.Sanction;

/**
 * Who an index of a region's stream is: NIP, name, agency, position, rank and supervisor. Member 0 of an
 * agency heads it; every 20th member is an administrator, members 1 and 11 of each 20 are pengawas, and the
 * others are staff under the pengawas before them.
 */
final class Staffing {

	static final int MAX_PER_REGION = 1 << 20;

	static final YearMonth LAST_APPOINTMENT = YearMonth.of(2025, 12);

	private static final LocalDate FIRST_BIRTH = LocalDate.of(1965, 1, 1);

	private static final int BIRTH_DAYS = 12784;

	private static final List<String> FIELDS = List.of("Pelayanan", "Perencanaan dan Program",
			"Pengendalian dan Evaluasi", "Pengembangan", "Sarana dan Prasarana", "Data dan Informasi");

	private static final List<String> PELAKSANA = List.of("Pengadministrasi Perkantoran",
			"Penata Layanan Operasional", "Pengelola Layanan Operasional", "Operator Layanan Operasional",
			"Pengolah Data dan Informasi");

	/** One person; {@code quality} (about N(0,1)) makes a good employee good across the board. */
	record Person(int index, String nip, String name, int agency, int member, Position position,
			FunctionalLevel level, String jobTitle, String rank, EmploymentType type, Sanction sanction,
			int supervisorIndex, double quality) {
	}

	private final long seed;

	private final int region;

	private final RegionSpec spec;

	private final Catalogue.Profile profile;

	private final Layout layout;

	Staffing(long seed, RegionSpec spec, Catalogue.Profile profile) {
		this.seed = seed;
		this.region = profile.ordinal();
		this.spec = spec;
		this.profile = profile;
		this.layout = new Layout(spec.agencies(), Streams.of(seed, region, -1, Streams.IDENTITY));
	}

	Person person(int index) {
		if (index < 0 || index >= MAX_PER_REGION) {
			throw new IllegalArgumentException("Employee index must be 0.." + (MAX_PER_REGION - 1) + ", got " + index);
		}
		SplittableRandom r = Streams.of(seed, region, index, Streams.IDENTITY);
		int agency = layout.agencyOf(index);
		int member = layout.memberOf(index);
		// gender and appointment first: nip(index) replays just these draws
		Gender gender = gender(r);
		String nip = nip(index, gender, r);
		String name = Names.name(r, Names.origin(r, profile.nameMix()), gender);
		Position position = position(member, r, spec.agencies().get(agency));
		AgencySpec.FunctionalTitle title = position == Position.FUNGSIONAL ? title(r, spec.agencies().get(agency))
				: null;
		FunctionalLevel level = title == null ? null : level(r, title.expert());
		boolean pppk = (position == Position.FUNGSIONAL || position == Position.PELAKSANA) && r.nextInt(100) < 18;
		String jobTitle = jobTitle(position, member, title, r, spec.agencies().get(agency));
		return new Person(index, nip, name, agency, member, position, level, jobTitle,
				rank(position, level, pppk, r), pppk ? EmploymentType.PPPK : EmploymentType.PNS, sanction(r),
				supervisor(agency, member), Streams.clamp(r.nextGaussian(), -2.5, 2.5));
	}

	/** Just the NIP of an index, cheaper than {@link #person(int)} for supervisors and peers. */
	String nip(int index) {
		SplittableRandom r = Streams.of(seed, region, index, Streams.IDENTITY);
		return nip(index, gender(r), r);
	}

	int indexOf(int agency, int member) {
		return layout.indexOf(agency, member);
	}

	private String nip(int index, Gender gender, SplittableRandom r) {
		int x = Streams.permute22((region << 20) | index, seed);
		LocalDate birth = FIRST_BIRTH.plusDays(x % BIRTH_DAYS);
		YearMonth appointment = YearMonth.of(birth.getYear() + 18 + r.nextInt(18), 1 + r.nextInt(12));
		if (appointment.isAfter(LAST_APPOINTMENT)) {
			appointment = LAST_APPOINTMENT.minusMonths(r.nextInt(24));
		}
		return Nip.format(birth, appointment, gender, x / BIRTH_DAYS + 1);
	}

	private static Gender gender(SplittableRandom r) {
		return r.nextBoolean() ? Gender.MALE : Gender.FEMALE;
	}

	private static Position position(int member, SplittableRandom r, AgencySpec agency) {
		if (member == 0) {
			return Position.JPT;
		}
		int place = member % 20;
		if (place == 0) {
			return Position.ADMINISTRATOR;
		}
		if (place == 1 || place == 11) {
			return Position.PENGAWAS;
		}
		return r.nextDouble() < agency.functionalShare() ? Position.FUNGSIONAL : Position.PELAKSANA;
	}

	private int supervisor(int agency, int member) {
		if (member == 0) {
			return -1;
		}
		int block = member / 20 * 20;
		int place = member % 20;
		int supervisorMember = switch (place) {
			case 0, 1, 11 -> place == 0 || block == 0 ? 0 : block;
			default -> block + (place < 11 ? 1 : 11);
		};
		return layout.indexOf(agency, supervisorMember);
	}

	private static AgencySpec.FunctionalTitle title(SplittableRandom r, AgencySpec agency) {
		int total = agency.functionalTitles().stream().mapToInt(AgencySpec.FunctionalTitle::weight).sum();
		int roll = r.nextInt(total);
		for (AgencySpec.FunctionalTitle title : agency.functionalTitles()) {
			roll -= title.weight();
			if (roll < 0) {
				return title;
			}
		}
		throw new IllegalStateException();
	}

	private static FunctionalLevel level(SplittableRandom r, boolean expert) {
		int roll = r.nextInt(100);
		if (expert) {
			return roll < 45 ? FunctionalLevel.AHLI_PERTAMA : roll < 85 ? FunctionalLevel.AHLI_MUDA
					: FunctionalLevel.AHLI_MADYA;
		}
		return roll < 40 ? FunctionalLevel.TERAMPIL : roll < 85 ? FunctionalLevel.MAHIR : FunctionalLevel.PENYELIA;
	}

	private static String jobTitle(Position position, int member, AgencySpec.FunctionalTitle title,
			SplittableRandom r, AgencySpec agency) {
		return switch (position) {
			case JPT -> "Kepala " + agency.name();
			case ADMINISTRATOR -> member == 20 ? "Sekretaris" : "Kepala Bidang " + Names.pick(r, FIELDS);
			case PENGAWAS -> member % 20 == 1 ? "Kepala Subbagian Umum dan Kepegawaian"
					: "Kepala Seksi " + Names.pick(r, FIELDS);
			case FUNGSIONAL -> title.title();
			case PELAKSANA -> Names.pick(r, PELAKSANA);
		};
	}

	private static String rank(Position position, FunctionalLevel level, boolean pppk, SplittableRandom r) {
		if (pppk) {
			return level == FunctionalLevel.AHLI_MADYA || level == FunctionalLevel.PENYELIA ? "XI"
					: level == FunctionalLevel.AHLI_MUDA || level == FunctionalLevel.MAHIR ? "X" : "IX";
		}
		return switch (position) {
			case JPT -> "IV/c";
			case ADMINISTRATOR -> r.nextBoolean() ? "IV/a" : "IV/b";
			case PENGAWAS -> r.nextBoolean() ? "III/c" : "III/d";
			case PELAKSANA -> r.nextBoolean() ? "III/a" : "III/b";
			case FUNGSIONAL -> switch (level) {
				case AHLI_PERTAMA -> r.nextBoolean() ? "III/a" : "III/b";
				case AHLI_MUDA -> r.nextBoolean() ? "III/c" : "III/d";
				case AHLI_MADYA, AHLI_UTAMA -> List.of("IV/a", "IV/b", "IV/c").get(r.nextInt(3));
				case PEMULA, TERAMPIL -> "III/a";
				case MAHIR -> r.nextBoolean() ? "III/b" : "III/c";
				case PENYELIA -> r.nextBoolean() ? "III/c" : "III/d";
			};
		};
	}

	private static Sanction sanction(SplittableRandom r) {
		int roll = r.nextInt(1000);
		return roll < 13 ? Sanction.RINGAN : roll < 18 ? Sanction.SEDANG : roll < 20 ? Sanction.BERAT : null;
	}

}
