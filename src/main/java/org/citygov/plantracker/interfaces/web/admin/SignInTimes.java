package org.citygov.plantracker.interfaces.web.admin;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How the end of a sign-in lock is told to people: the city's local time, to the second. */
public final class SignInTimes {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SignInTimes() {
    }

    public static String clock(LocalDateTime time) {
        return CLOCK.format(time);
    }
}
