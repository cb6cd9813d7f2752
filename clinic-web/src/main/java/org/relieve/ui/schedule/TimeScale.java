package org.relieve.ui.schedule;

import java.time.LocalTime;
import java.util.Collection;

/**
 * The schedule's vertical axis: which stretch of the day is drawn and how many pixels a minute
 * takes. Pure arithmetic, so the click-to-time conversion is unit-tested without a UI.
 *
 * @param firstMinute minute of the day at the top of the grid (on the hour)
 * @param lastMinute  minute of the day at the bottom of the grid (on the hour, at most 24:00)
 */
record TimeScale(int firstMinute, int lastMinute) {

    /** 1.5 px a minute: a 30-minute row is 45 px, tall enough for two lines of text. */
    static final double PX_PER_MINUTE = 1.5;
    static final int ROW_MINUTES = 30;
    static final int SNAP_MINUTES = 15;

    private static final int DAY = 24 * 60;

    /** The clinic's usual day, 08:00–19:00. */
    static final TimeScale USUAL = new TimeScale(8 * 60, 19 * 60);

    TimeScale {
        if (firstMinute < 0 || lastMinute > DAY || lastMinute <= firstMinute) {
            throw new IllegalArgumentException("Not a stretch of one day: " + firstMinute + "–" + lastMinute);
        }
    }

    /**
     * The usual day, widened to whole hours so that nothing booked or worked falls off the grid (an
     * override booking at 19:30 still shows).
     */
    static TimeScale covering(Collection<LocalTime> starts, Collection<LocalTime> ends) {
        int first = USUAL.firstMinute;
        int last = USUAL.lastMinute;
        for (LocalTime start : starts) {
            first = Math.min(first, minuteOf(start) / 60 * 60);
        }
        for (LocalTime end : ends) {
            int minute = minuteOf(end);
            last = Math.max(last, minute == 0 ? DAY : Math.min(DAY, (minute + 59) / 60 * 60));
        }
        return new TimeScale(first, last);
    }

    double heightPx() {
        return (lastMinute - firstMinute) * PX_PER_MINUTE;
    }

    /** Distance from the grid's top to the time. */
    double topPx(LocalTime time) {
        return (clamp(minuteOf(time)) - firstMinute) * PX_PER_MINUTE;
    }

    /** Height of a block; an appointment running past midnight ends at the grid's bottom. */
    double heightPx(LocalTime start, LocalTime end) {
        int to = end.equals(LocalTime.MIDNIGHT) || end.isBefore(start) ? lastMinute : clamp(minuteOf(end));
        return Math.max(SNAP_MINUTES * PX_PER_MINUTE / 2, (to - clamp(minuteOf(start))) * PX_PER_MINUTE);
    }

    /**
     * The time a click at {@code offsetY} pixels below the column's top points at, rounded down to a
     * quarter hour and kept on the grid (so a click on the last pixel still gives a bookable start).
     */
    LocalTime timeAt(double offsetY) {
        int minute = firstMinute + (int) Math.floor(Math.max(0, offsetY) / PX_PER_MINUTE);
        minute = minute / SNAP_MINUTES * SNAP_MINUTES;
        minute = Math.min(minute, lastMinute - SNAP_MINUTES);
        return LocalTime.of(minute / 60, minute % 60);
    }

    /** The labelled rows down the side, every 30 minutes. */
    int rows() {
        return (lastMinute - firstMinute) / ROW_MINUTES;
    }

    LocalTime rowStart(int row) {
        int minute = firstMinute + row * ROW_MINUTES;
        return LocalTime.of(minute / 60, minute % 60);
    }

    private int clamp(int minute) {
        return Math.max(firstMinute, Math.min(lastMinute, minute));
    }

    private static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
