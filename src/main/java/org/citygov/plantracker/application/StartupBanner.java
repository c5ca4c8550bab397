package org.citygov.plantracker.application;

import org.citygov.plantracker.application.sample.DemoUser;

import java.util.List;

/**
 * The one message start-up logs when the application is up: where to open it and, in demo mode, who
 * can sign in. Pure, so its wording is tested without a server.
 */
public final class StartupBanner {

    /** WildFly's default HTTP port; the server adds {@code jboss.socket.binding.port-offset}. */
    public static final int DEFAULT_HTTP_PORT = 8080;

    private static final String RULE = "=".repeat(78);

    private StartupBanner() {
    }

    /** The HTTP port of this server: 8080 plus the port offset it was started with. */
    public static int httpPort() {
        return DEFAULT_HTTP_PORT + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    public static String url(int port) {
        return "http://localhost:" + port + "/plantracker/";
    }

    /**
     * @param sampleLine what demo mode loaded (or why it did not); null outside demo mode
     * @param users      the demo users (empty outside demo mode)
     */
    public static String text(int port, boolean demo, String sampleLine, List<DemoUser> users, String password) {
        StringBuilder b = new StringBuilder("\n").append(RULE).append('\n');
        b.append(" plan-tracker is ready: ").append(url(port)).append('\n');
        if (!demo) {
            b.append(" Demo mode is off: no demo users or sample data are created (-Pdemo or PLANTRACKER_DEMO=true turns it on).\n");
        } else {
            b.append(" 示例 demo mode: ").append(sampleLine).append('\n');
            b.append(" Demo users (password ").append(password).append("):\n");
            int width = users.stream().mapToInt(u -> u.username().length()).max().orElse(8);
            for (DemoUser u : users) {
                b.append("   ").append(pad(u.username(), width)).append("  ")
                        .append(pad(String.join(",", u.roles()), 14));
                if (u.leadUnitZh() != null) {
                    b.append("  ").append(u.leadUnitZh());
                    if (u.leadUnitEn() != null) {
                        b.append(" (").append(u.leadUnitEn()).append(')');
                    }
                }
                b.append('\n');
            }
        }
        return b.append(RULE).toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
