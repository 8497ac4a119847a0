package org.balint.launchload;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load run measured: completed and failed launches in the measured time, failures by kind,
 * launches per second and the latency of completed launches.
 *
 * @param tool               the tool's base URL
 * @param users              the virtual users
 * @param warmupSeconds      the warm-up before measuring
 * @param measuredSeconds    the time measured, from the end of the warm-up to the last launch's end
 * @param completed          launches that ended on the expected page
 * @param errors             failed launches by kind, sorted by kind
 * @param latency            latency of the completed launches
 */
public record LoadReport(String tool, int users, double warmupSeconds, double measuredSeconds, long completed,
        Map<String, Long> errors, LatencySummary latency) {

    /** Copies the errors, sorted by kind. */
    public LoadReport {
        errors = Map.copyOf(errors);
    }

    /** Failed launches of every kind. */
    public long failed() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Completed launches per second of measured time. */
    public double launchesPerSecond() {
        return measuredSeconds <= 0 ? 0 : completed / measuredSeconds;
    }

    /** The report for people: one summary line and the failures by kind. */
    public String toText() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "launch load: %s, %d users, %.1f s measured after %.1f s warm-up%n"
                        + "completed %d, failed %d, %.1f launches/s%n"
                        + "latency ms: mean %.2f, p50 %.2f, p95 %.2f, p99 %.2f, max %.2f%n",
                tool, users, measuredSeconds, warmupSeconds, completed, failed(), launchesPerSecond(), latency.mean(),
                latency.p50(), latency.p95(), latency.p99(), latency.max()));
        new TreeMap<>(errors).forEach((kind, count) -> text.append(String.format(Locale.ROOT, "  error %s: %d%n",
                kind, count)));
        return text.toString();
    }

    /** The report as one JSON object. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        json.append("\"tool\":").append(quote(tool));
        json.append(",\"users\":").append(users);
        json.append(",\"warmupSeconds\":").append(number(warmupSeconds));
        json.append(",\"measuredSeconds\":").append(number(measuredSeconds));
        json.append(",\"completed\":").append(completed);
        json.append(",\"failed\":").append(failed());
        json.append(",\"launchesPerSecond\":").append(number(launchesPerSecond()));
        json.append(",\"latencyMs\":{\"count\":").append(latency.count())
                .append(",\"mean\":").append(number(latency.mean()))
                .append(",\"p50\":").append(number(latency.p50()))
                .append(",\"p95\":").append(number(latency.p95()))
                .append(",\"p99\":").append(number(latency.p99()))
                .append(",\"max\":").append(number(latency.max())).append('}');
        json.append(",\"errors\":{");
        boolean first = true;
        for (Map.Entry<String, Long> error : new TreeMap<>(errors).entrySet()) {
            json.append(first ? "" : ",").append(quote(error.getKey())).append(':').append(error.getValue());
            first = false;
        }
        return json.append("}}").toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
