package id.kinerja.demo;

import java.util.List;

/**
 * An agency (OPD) of the demo catalogue.
 *
 * @param slots its share of a region's employees, in slots out of 100
 * @param functionalShare share of staff (neither head nor supervisor) in functional posts
 * @param functionalTitles functional job titles with their track (keahlian or keterampilan)
 */
public record AgencySpec(String code, String name, String headTitle, int slots, double functionalShare,
		List<FunctionalTitle> functionalTitles, List<IndicatorSpec> indicators, List<String> services) {

	/** A functional job title; {@code expert} posts use the AHLI levels, the others TERAMPIL to PENYELIA. */
	public record FunctionalTitle(String title, boolean expert, int weight) {
	}

}
