package id.kinerja.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import id.kinerja.staff.Nip.Gender;

/** Indonesian names by origin, mixed per region the way the population of each city or regency is. */
final class Names {

	enum Origin {
		BUGIS_MAKASSAR, BATAK, MANDAR, MALAY, JAVANESE
	}

	private record Pool(List<String> male, List<String> female, List<String> family) {
	}

	private static final Map<Origin, Pool> POOLS = Map.of(Origin.BUGIS_MAKASSAR, new Pool(
			List.of("Muhammad Arif", "Syamsul", "Ilham", "Rusdi", "Baharuddin", "Amiruddin", "Syahrir", "Hasanuddin",
					"Rahmat", "Irwan", "Fadli", "Akbar", "Zulkifli", "Muhammad Yusuf", "Haerul", "Asri", "Ridwan",
					"Sudirman", "Nasrullah", "Jufri", "Mappiare", "Arham", "Iqbal", "Syafaruddin", "Alimuddin"),
			List.of("Nurhayati", "Sitti Rahmah", "Hasmawati", "Rosmini", "Nurjannah", "Sulfiani", "Fitriani", "Hasnah",
					"Irmawati", "Marwah", "Musdalifah", "Nurul Hidayah", "Rahmawati", "Sri Wahyuni", "Tenri Ajeng",
					"Kasmawati", "Hartati", "Nurafni", "Sitti Khadijah", "Israwati", "Ramlah", "Sumarni"),
			List.of("Rasyid", "Latief", "Mappangara", "Pawelloi", "Tahir", "Syarifuddin", "Hamzah", "Ramli", "Sanusi",
					"Mallarangeng", "Pananrangi", "Ibrahim", "Makkasau", "Baso", "Parenrengi", "Mattalatta", "Sewang",
					"Daeng Nai", "Kadir", "Patongai", "Karaeng Lalo", "Tenriajeng", "Abdullah", "Ishak")),
			Origin.BATAK, new Pool(
					List.of("Hotman", "Parlindungan", "Robert", "Togar", "Maruli", "Binsar", "Jonathan", "Sahat",
							"Tumpal", "Poltak", "Marihot", "Daniel", "Rudolf", "Bonar", "Hendra", "Samuel", "Jhonson",
							"Ucok", "Martua", "Bernard", "Lamhot", "Ronald", "Patar", "Edison"),
					List.of("Rosmawati", "Tiurma", "Lamria", "Romauli", "Debora", "Sondang", "Rotua", "Maria",
							"Natalia", "Friska", "Rini", "Hotnida", "Lestari", "Ruth", "Yohana", "Tiominar", "Dame",
							"Erna", "Melati", "Nurhalimah", "Juliana", "Sarma"),
					List.of("Siregar", "Nasution", "Harahap", "Simanjuntak", "Sitorus", "Hutapea", "Lubis", "Pardede",
							"Sinaga", "Panjaitan", "Situmorang", "Tambunan", "Simatupang", "Manurung", "Hasibuan",
							"Purba", "Sembiring", "Ginting", "Tarigan", "Damanik", "Pohan", "Batubara", "Napitupulu",
							"Silalahi", "Marpaung", "Saragih", "Gultom", "Hutagalung")),
			Origin.MANDAR, new Pool(
					List.of("Muhammad Ridwan", "Suardi", "Darmawan", "Syahrul", "Amran", "Mursalim", "Kamaruddin",
							"Abdul Rahman", "Arifin", "Hamdan", "Nasrun", "Saharuddin", "Muhlis", "Asdar", "Anwar",
							"Jumadil", "Sukri", "Hasbi", "Rizal", "Abdul Waris"),
					List.of("Nurhaeda", "Hadijah", "Sitti Aminah", "Murniati", "Syamsiah", "Husnul Khatimah",
							"Rahmatia", "Masniar", "Darmawati", "Nurmiati", "Hasrawati", "Nurlina", "Suriani", "Ernawati",
							"Marlina", "Jumriah", "Hikmawati", "Sitti Sahra"),
					List.of("Mandacingi", "Mattola", "Pattana", "Sahabuddin", "Tammalele", "Basri", "Saleh", "Malik",
							"Djalaluddin", "Hamid", "Mahmud", "Naharuddin", "Pua Tonang", "Kaco", "Tandi", "Majid",
							"Dahlan", "Nurdin")),
			Origin.MALAY, new Pool(
					List.of("Raja Ahmad", "Tengku Fadli", "Said Abdullah", "Zulkarnain", "Syamsul Bahri", "Azhar",
							"Hendri", "Khairul", "Rizal", "Iskandar", "Firdaus", "Nazaruddin", "Jamaluddin", "Rahman",
							"Wan Hasyim", "Amri", "Muslim", "Effendi", "Taufik", "Zulfikar"),
					List.of("Siti Aisyah", "Nurul Huda", "Zainab", "Fauziah", "Rosnah", "Rohani", "Halimah", "Khadijah",
							"Nurhasanah", "Salmah", "Wan Nuraini", "Mardiana", "Juliana", "Raja Suryani", "Tengku Mariam",
							"Asmah", "Zubaidah", "Nurlela", "Rosmaini", "Faridah"),
					List.of("Abdullah", "Ismail", "Yusuf", "Hamid", "Idris", "Harun", "Daud", "Mahmud", "Hasan",
							"Zakaria", "Sulaiman", "Ibrahim", "Syahbandar", "Kamaluddin", "Usman", "Arsyad", "Yahya",
							"Saleh")),
			Origin.JAVANESE, new Pool(
					List.of("Budi", "Agus", "Bambang", "Eko", "Joko", "Slamet", "Wahyu", "Teguh", "Hadi", "Sigit",
							"Dwi Cahyo", "Yudi", "Bayu", "Rudi", "Heru", "Arif", "Widodo", "Gatot", "Sugeng", "Priyo"),
					List.of("Sri", "Endang", "Sulastri", "Wulan", "Dewi", "Tri Wahyuni", "Ratna", "Siti", "Ani",
							"Retno", "Yuni", "Dyah", "Indah", "Kartini", "Suprihatin", "Wening", "Puji", "Rini"),
					List.of("Santoso", "Wibowo", "Susanto", "Hartono", "Prasetyo", "Setiawan", "Nugroho", "Purnomo",
							"Kurniawan", "Wijaya", "Suryadi", "Saputra", "Pratama", "Hidayat", "Gunawan", "Haryanto",
							"Sutrisno", "Mulyono", "Wahyudi", "Rahardjo")));

	private Names() {
	}

	/** Origin weights (percent) per region, in {@link Origin} order. */
	static Origin origin(SplittableRandom random, int[] mix) {
		int roll = random.nextInt(100);
		for (int i = 0; i < mix.length; i++) {
			roll -= mix[i];
			if (roll < 0) {
				return Origin.values()[i];
			}
		}
		return Origin.JAVANESE;
	}

	static String name(SplittableRandom random, Origin origin, Gender gender) {
		Pool pool = POOLS.get(origin);
		List<String> given = gender == Gender.MALE ? pool.male() : pool.female();
		String name = pick(random, given) + " " + pick(random, pool.family());
		// Bugis-Makassar nobility title, used by both men and women
		return origin == Origin.BUGIS_MAKASSAR && random.nextInt(8) == 0 ? "Andi " + name : name;
	}

	static <T> T pick(SplittableRandom random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

}
