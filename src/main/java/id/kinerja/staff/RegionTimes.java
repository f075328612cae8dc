package id.kinerja.staff;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;


import org.springframework.stereotype.Component;

/**
 * Times on the pages in the time zone of the region they belong to (WIB, WITA or WIT), named after the
 * time: templates call {@code @regionTimes.format(region, time)}. Without a region, WIB.
 */
@Component("regionTimes")
class RegionTimes {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Regions regions;

	RegionTimes(Regions regions) {
		this.regions = regions;
	}

	public String format(String region, OffsetDateTime time) {
		return format(region, time, MINUTES);
	}

	public String formatSeconds(String region, OffsetDateTime time) {
		return format(region, time, SECONDS);
	}

	/** Without the zone's name, where room is short (a select's options); the page says the zone elsewhere. */
	public String formatShort(String region, OffsetDateTime time) {
		return time == null ? "" : time.atZoneSameInstant(zone(region).zone()).format(MINUTES);
	}

	private String format(String region, OffsetDateTime time, DateTimeFormatter pattern) {
		if (time == null) {
			return "";
		}
		TimeZoneName zone = zone(region);
		return time.atZoneSameInstant(zone.zone()).format(pattern) + " " + zone.name();
	}

	private TimeZoneName zone(String region) {
		return region == null ? TimeZoneName.WIB
				: regions.findById(region).map(Region::getTimeZone).orElse(TimeZoneName.WIB);
	}

}
