package id.kinerja.recommendation;

import java.util.List;

/**
 * A course of the catalogue.
 *
 * @param jp length in JP (1 JP = 45 minutes)
 * @param category the ASN competence it builds: MANAJERIAL, SOSIOKULTURAL, TEKNIS or FUNGSIONAL
 * @param priority 1 is the most urgent; a training need goes to its course of the lowest number
 * @param needs the training codes (as rules give them to a Training) the course answers
 */
record Course(String code, String name, int jp, String category, int priority, String provider, List<String> needs) {

	Course {
		needs = List.copyOf(needs);
	}

}
