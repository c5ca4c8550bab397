package org.citygov.plantracker.interfaces.web.finance;

import org.citygov.plantracker.interfaces.web.common.ScriptJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.citygov.plantracker.domain.model.shared.Money;

import java.math.BigDecimal;
import java.util.List;

/** Chart.js configurations (the JSON p:chart takes) for the finance dashboard, amounts in 万元. */
final class Charts {

    /** A calm palette that stays apart on screen and in print. */
    static final String[] COLOURS = {"#8b1e1e", "#2f6f9f", "#d98e04", "#3b8b5a", "#7a4fa3", "#c2571a", "#4c6a7d",
            "#a83b6e", "#6b8e23", "#9c7a3c"};

    private Charts() {
    }

    /** One named series of values (yuan), shown in 万元. */
    record Series(String label, List<BigDecimal> yuan, String colour) {
    }

    static String bar(List<String> labels, List<Series> series, boolean stacked, boolean horizontal, String title) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.yuan().forEach(v -> data.add(Money.toWanYuan(v == null ? BigDecimal.ZERO : v)));
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.colour()).add("borderColor", s.colour()));
        }
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", title != null).add("text", title == null ? "" : title))
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add("x", axis).add("y", Json.createObjectBuilder().add("stacked", stacked)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return ScriptJson.safe(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    static String doughnut(List<String> labels, List<BigDecimal> yuan, String title) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        yuan.forEach(v -> data.add(Money.toWanYuan(v)));
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(COLOURS[i % COLOURS.length]);
        }
        return ScriptJson.safe(Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", data).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
                                .add("legend", Json.createObjectBuilder().add("position", "right"))))
                .build().toString());
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(v == null ? "" : v));
        return array;
    }
}
