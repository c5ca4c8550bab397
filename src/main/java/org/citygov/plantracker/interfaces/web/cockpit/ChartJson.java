package org.citygov.plantracker.interfaces.web.cockpit;

import org.citygov.plantracker.interfaces.web.common.ScriptJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;

/** Chart.js configurations (as PrimeFaces' p:chart takes them) for line charts over labelled points. */
final class ChartJson {

    private ChartJson() {
    }

    /** One line: its label, colour and one value per x label (null leaves a gap). */
    record Series(String label, String colour, List<BigDecimal> values, boolean dashed) {
    }

    static String line(List<String> labels, List<Series> series, String yTitle, Double yMax) {
        JsonArrayBuilder xs = Json.createArrayBuilder();
        labels.forEach(xs::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (BigDecimal v : s.values()) {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            }
            JsonObjectBuilder ds = Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("borderColor", s.colour()).add("backgroundColor", s.colour()).add("fill", false)
                    .add("tension", 0).add("spanGaps", true).add("pointRadius", 2);
            if (s.dashed()) {
                ds.add("borderDash", Json.createArrayBuilder().add(6).add(4));
            }
            datasets.add(ds);
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", yTitle != null).add("text", yTitle == null ? "" : yTitle));
        if (yMax != null) {
            y.add("max", yMax);
        }
        return ScriptJson.safe(Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", xs).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString());
    }
}
