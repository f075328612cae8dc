package id.kinerja.whatif;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * What-ifs.
 *
 * @param patience how long a request that starts a what-if waits for its outcome before answering with its
 * progress (the caller then polls)
 */
@Validated
@ConfigurationProperties("kinerja.whatif")
record WhatIfSettings(@Name("wait") @DefaultValue("3s") @NotNull Duration patience) {
}
