package org.relieve.common;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the one clinic this installation serves.
 *
 * @param zone the clinic's time zone: times are stored as instants and shown, booked and reported
 *             in this zone ({@code relieve.clinic.zone})
 * @param name the clinic's name as shown to staff and printed on documents
 */
@ConfigurationProperties("relieve.clinic")
public record ClinicProperties(@DefaultValue("UTC") ZoneId zone, @DefaultValue("Relieve clinic") String name) {
}
