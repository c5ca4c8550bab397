package org.citygov.plantracker.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** "Today" is Zhengzhou's today, whatever the server's time zone. Injected so rules can be tested at any date. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.system(CITY_ZONE);
    }
}
