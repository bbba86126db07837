package jp.mamori.supplier;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An answer to one question of a periodic check. */
enum CheckAnswer {
    DONE,
    PARTLY,
    NOT_DONE;

    static String format(Map<CheckQuestion, CheckAnswer> answers) {
        return new EnumMap<>(answers).entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue().name())
                .collect(Collectors.joining(","));
    }

    static Map<CheckQuestion, CheckAnswer> parse(String stored) {
        var map = new EnumMap<CheckQuestion, CheckAnswer>(CheckQuestion.class);
        if (stored != null && !stored.isBlank()) {
            for (var pair : stored.split(",")) {
                var parts = pair.split("=", 2);
                map.put(CheckQuestion.valueOf(parts[0]), CheckAnswer.valueOf(parts[1]));
            }
        }
        return map;
    }

    static CheckAnswer parseOne(String value) {
        if (value == null) {
            return null;
        }
        for (var a : values()) {
            if (a.name().equals(value)) {
                return a;
            }
        }
        return null;
    }
}
