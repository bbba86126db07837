package jp.mamori.web;

import java.util.Objects;

/**
 * One figure on the home dashboard, such as 「職員数 87」 or 「空席の役割 2」.
 *
 * @param labelKey message key of the label
 * @param value the figure as shown
 * @param link where to see the details, or null
 * @param warning true when the figure calls for attention (shown highlighted)
 */
public record DashboardFigure(String labelKey, String value, String link, boolean warning) {
    public DashboardFigure {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(value, "value");
    }
}
