package org.citygov.plantracker.interfaces.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.LocalDateTime;

/** {@code #{adminTimes.time(t)}}: a moment of the sign-in log or a lock, city time, to the second. */
@Named
@ApplicationScoped
public class AdminTimes {

    public String time(LocalDateTime time) {
        return time == null ? "" : SignInTimes.clock(time);
    }
}
