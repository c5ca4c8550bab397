package org.citygov.plantracker.interfaces.i18n;

/** Chinese texts for zh / zh_CN, so that lookup never falls back to the JVM's default locale. */
public class AllMessages_zh extends AllMessages {
}
