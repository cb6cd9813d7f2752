package org.relieve.schedule;

public record RoomDetails(long id, String name, boolean active, long version) {
}
