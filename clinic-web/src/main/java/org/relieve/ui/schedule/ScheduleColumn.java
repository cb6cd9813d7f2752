package org.relieve.ui.schedule;

import java.time.LocalDate;
import java.util.List;

import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.TimeWindow;

/**
 * One column of the schedule: a therapist's day, a room's day, or one day of a therapist's week.
 *
 * @param key          stable name of the column within the view ("therapist-4", "room-2", "day-2031-01-06")
 * @param therapistId  the therapist a click books with, {@code null} in a room column
 * @param roomId       the room a click books, {@code null} in a therapist column
 * @param workingHours shaded stretches (empty for rooms, which keep no hours)
 * @param bookable     whether a click on an empty stretch opens a booking for the signed-in person
 */
record ScheduleColumn(String key, String title, LocalDate date, Long therapistId, Long roomId,
                      List<TimeWindow> workingHours, List<AppointmentDetails> appointments, boolean bookable) {
}
