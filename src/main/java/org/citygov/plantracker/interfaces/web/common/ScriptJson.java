package org.citygov.plantracker.interfaces.web.common;

/**
 * JSON that goes into a page's {@code <script>} (PrimeFaces' {@code p:chart} writes its value
 * there unescaped): every character that could end the script element or open markup inside it —
 * {@code <}, {@code >}, {@code &} — and the line separators U+2028/U+2029 become JSON's
 * {@code \}{@code uXXXX} escapes. They only occur inside JSON strings, where the escape means the same
 * character, so the chart shows the same labels; a funding source named
 * {@code </script><script>alert(1)</script>} stays a label. Every chart JSON of the pages passes here.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String safe(String json) {
        if (json == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
