package id.kinerja.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo data of a showcase ({@code KINERJA_DEMO}). The switches are read by conditions before beans exist
 * ({@code DemoDataLoader}, {@code DemoCourses}, {@code DemoUsers}); this record documents them and holds the seed.
 *
 * @param enabled write the demo regions, employees and courses on the first start (no regions yet)
 * @param users write the demo users (password: the user name) when there are no users; with {@code enabled}
 * when not set
 * @param seed the generator's seed: the same seed gives the same data
 * @param runs queue official runs of Medan's Dinas Kesehatan for each demo period after the demo data is
 * written, so the trend pages have points ({@code DemoDataLoader}, {@code DemoRuns})
 */
@Validated
@ConfigurationProperties("kinerja.demo")
record DemoSettings(@DefaultValue("true") boolean enabled, Boolean users, @DefaultValue("20251231") long seed,
		@DefaultValue("true") boolean runs) {
}
